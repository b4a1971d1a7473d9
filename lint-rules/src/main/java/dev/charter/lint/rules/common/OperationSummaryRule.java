package dev.charter.lint.rules.common;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.JsValues;
import dev.charter.lint.rules.support.PathOperations;
import dev.charter.lint.rules.support.Reports;

@LintRule(
    id = "operation-summary",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.CHARTER,
    recommended = false,
    summary = "Operation must have a summary.",
    rationale = """
        Documentation tools list operations by their summary; without one they show the method and path only.
        """,
    bad = """
        get:
          operationId: listPets
        """,
    good = """
        get:
          operationId: listPets
          summary: List pets
        """,
    differences = """
        Redocly makes this an error in its recommended set; charter leaves it out of charter:recommended.
        """)
public final class OperationSummaryRule implements Rule {
  @Override
  public void check(RuleContext context) {
    for (PathOperations.Operation op : PathOperations.of(context.root())) {
      if (!JsValues.truthy(op.node().value().get("summary"))) {
        Reports.atMember(context, op.node(), "summary", "Operation must have a summary.");
      }
    }
  }
}
