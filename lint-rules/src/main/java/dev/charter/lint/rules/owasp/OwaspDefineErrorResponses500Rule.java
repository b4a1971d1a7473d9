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
    id = "owasp-define-error-responses-500",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.OWASP,
    summary = "Operations must describe a 500 response.",
    rationale = """
        A documented server error tells clients the error body carries no internals and how to report the problem (OWASP API8).
        """,
    bad = """
        responses: {'200': {description: OK}}
        """,
    good = """
        responses:
          '200': {description: OK}
          '500': {description: Server error}
        """)
public final class OwaspDefineErrorResponses500Rule implements Rule {
  @Override
  public void check(RuleContext context) {
    for (HttpOperation op : context.openApi().operations()) {
      if (op.responses().stream().noneMatch(r -> r.status().equals("500") || r.status().equalsIgnoreCase("5XX"))) {
        context.report(op.node().file(), op.node().pointer() + "/responses", op.display() + " must describe a 500 response.");
      }
    }
  }
}
