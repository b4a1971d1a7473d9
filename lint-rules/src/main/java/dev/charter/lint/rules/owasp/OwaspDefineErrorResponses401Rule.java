package dev.charter.lint.rules.owasp;

import dev.charter.core.diag.Severity;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.model.Response;
import dev.charter.lint.rules.support.Security;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;

@LintRule(
    id = "owasp-define-error-responses-401",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.OWASP,
    summary = "Operations that require authentication must describe a 401 response.",
    rationale = """
        Clients need to know what a failed authentication looks like to handle it rather than retry blindly (OWASP API8).
        """,
    bad = """
        responses: {'200': {description: OK}}
        """,
    good = """
        responses:
          '200': {description: OK}
          '401': {description: Not authenticated}
        """)
public final class OwaspDefineErrorResponses401Rule implements Rule {
  @Override
  public void check(RuleContext context) {
    for (HttpOperation op : context.openApi().operations()) {
      if (Security.required(op) && op.responses().stream().noneMatch(r -> r.status().equals("401") || r.status().equalsIgnoreCase("4XX"))) {
        context.report(op.node().file(), op.node().pointer() + "/responses", op.display() + " must describe a 401 response.");
      }
    }
  }
}
