package dev.charter.lint.rules.openapi;

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
    id = "operation-description",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Operation \"description\" must be present and non-empty string.",
    rationale = """
        The description is where an operation's behaviour, side effects and error cases are explained.
        """,
    bad = """
        get:
          operationId: listPets
        """,
    good = """
        get:
          operationId: listPets
          description: Lists the pets available for adoption, newest first.
        """)
public final class OperationDescriptionRule implements Rule {
  @Override
  public void check(RuleContext context) {
    for (PathOperations.Operation op : PathOperations.of(context.root())) {
      if (!JsValues.truthy(op.node().value().get("description"))) {
        Reports.atMember(context, op.node(), "description", "Operation \"description\" must be present and non-empty string.");
      }
    }
  }
}
