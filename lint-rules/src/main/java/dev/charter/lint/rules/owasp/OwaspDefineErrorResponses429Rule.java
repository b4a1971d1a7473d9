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
    id = "owasp-define-error-responses-429",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.OWASP,
    summary = "Operations must describe a 429 response.",
    rationale = """
        Rate limiting only helps when clients know what being limited looks like and back off (OWASP API4).
        """,
    bad = """
        responses: {'200': {description: OK}}
        """,
    good = """
        responses:
          '200': {description: OK}
          '429': {description: Too many requests}
        """)
public final class OwaspDefineErrorResponses429Rule implements Rule {
  @Override
  public void check(RuleContext context) {
    for (HttpOperation op : context.openApi().operations()) {
      if (op.responses().stream().noneMatch(r -> r.status().equals("429") || r.status().equalsIgnoreCase("4XX"))) {
        context.report(op.node().file(), op.node().pointer() + "/responses", op.display() + " must describe a 429 response.");
      }
    }
  }
}
