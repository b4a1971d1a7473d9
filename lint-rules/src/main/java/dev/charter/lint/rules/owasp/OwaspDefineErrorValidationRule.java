package dev.charter.lint.rules.owasp;

import dev.charter.core.diag.Severity;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.model.Response;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;

@LintRule(
    id = "owasp-define-error-validation",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.OWASP,
    summary = "Operations must describe a validation error response (400, 422 or 4XX).",
    rationale = """
        Inputs are validated; clients need to know what a rejected request looks like (OWASP API8).
        """,
    bad = """
        responses: {'200': {description: OK}}
        """,
    good = """
        responses:
          '200': {description: OK}
          '400': {description: Invalid request}
        """)
public final class OwaspDefineErrorValidationRule implements Rule {
  @Override
  public void check(RuleContext context) {
    for (HttpOperation op : context.openApi().operations()) {
      if (op.responses().stream().noneMatch(r -> r.status().equals("400") || r.status().equals("422") || r.status().equalsIgnoreCase("4XX"))) {
        context.report(op.node().file(), op.node().pointer() + "/responses", op.display() + " must describe a 400 response.");
      }
    }
  }
}
