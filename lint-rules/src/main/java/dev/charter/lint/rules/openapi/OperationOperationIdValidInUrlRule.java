package dev.charter.lint.rules.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.PathOperations;
import dev.charter.lint.rules.support.Reports;

@LintRule(
    id = "operation-operationId-valid-in-url",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "operationId must not contain characters that are invalid when used in URL.",
    rationale = """
        Documentation tools put the operationId in URLs and anchors; characters outside the URL alphabet break links.
        """,
    bad = """
        operationId: list pets
        """,
    good = """
        operationId: listPets
        """)
public final class OperationOperationIdValidInUrlRule implements Rule {
  private static final java.util.regex.Pattern VALID = java.util.regex.Pattern.compile("^[A-Za-z0-9-._~:/?#\\[\\]@!$&'()*+,;=]*$");

  @Override
  public void check(RuleContext context) {
    for (PathOperations.Operation op : PathOperations.of(context.root())) {
      JsonNode id = op.node().value().get("operationId");
      if (id != null && id.isTextual() && !VALID.matcher(id.textValue()).matches()) {
        Reports.atMember(context, op.node(), "operationId", "operationId must not contain characters that are invalid when used in URL.");
      }
    }
  }
}
