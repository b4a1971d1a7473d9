package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.JsValues;
import dev.charter.lint.rules.support.PathOperations;

@LintRule(
    id = "operation-operationId",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Operation must have \"operationId\".",
    rationale = """
        Code generators name methods after the operationId, documentation links to it, and tools match
        operations across versions by it. Without one each tool invents a name, and the names change
        when the path does.""",
    bad = """
        paths:
          /pets:
            get:
              responses: {'200': {description: OK}}
        """,
    good = """
        paths:
          /pets:
            get:
              operationId: listPets
              responses: {'200': {description: OK}}
        """)
public final class OperationOperationIdRule implements Rule {
  @Override
  public void check(RuleContext context) {
    for (PathOperations.Operation op : PathOperations.of(context.root())) {
      if (!JsValues.truthy(op.node().value().get("operationId"))) {
        context.report(op.node().file(), op.node().pointer() + "/operationId", "Operation must have \"operationId\".");
      }
    }
  }
}
