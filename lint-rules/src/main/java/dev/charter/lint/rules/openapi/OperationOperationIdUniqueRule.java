package dev.charter.lint.rules.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.PathOperations;

@LintRule(
    id = "operation-operationId-unique",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Every operation must have unique \"operationId\".",
    rationale = """
        Tools identify operations by operationId: code generators name methods after it, links refer to it.
          Two operations with one id produce clashing methods or links to the wrong operation.
        """,
    bad = """
        /pets: {get: {operationId: list}}
        /owners: {get: {operationId: list}}
        """,
    good = """
        /pets: {get: {operationId: listPets}}
        /owners: {get: {operationId: listOwners}}
        """)
public final class OperationOperationIdUniqueRule implements Rule {
  @Override
  public void check(RuleContext context) {
    java.util.List<JsonNode> seen = new java.util.ArrayList<>();
    for (PathOperations.Operation op : PathOperations.of(context.root())) {
      JsonNode id = op.node().value().get("operationId");
      if (id == null) {
        continue;
      }
      boolean duplicate = seen.stream().anyMatch(s -> !s.isContainerNode() && s.equals(id)
          || s.isNumber() && id.isNumber() && s.doubleValue() == id.doubleValue());
      if (duplicate) {
        context.report(op.node().file(), op.node().pointer() + "/operationId", "Every operation must have unique \"operationId\".");
      } else {
        seen.add(id);
      }
    }
  }
}
