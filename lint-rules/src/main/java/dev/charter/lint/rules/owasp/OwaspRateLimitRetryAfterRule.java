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
    id = "owasp-rate-limit-retry-after",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.OWASP,
    summary = "A 429 response must set the Retry-After header.",
    rationale = """
        Retry-After tells a limited client when to come back; without it clients retry at once and make the overload worse (OWASP API4).
        """,
    bad = """
        '429': {description: Too many requests}
        """,
    good = """
        '429':
          description: Too many requests
          headers:
            Retry-After: {schema: {type: integer}}
        """)
public final class OwaspRateLimitRetryAfterRule implements Rule {
  @Override
  public void check(RuleContext context) {
    for (HttpOperation op : context.openApi().operations()) {
      for (Response r : op.responses()) {
        if (r.status().equals("429") && r.headers().stream().noneMatch(h -> h.name().equalsIgnoreCase("Retry-After"))) {
          context.report(r.node(), "Response 429 of " + op.display() + " must set the Retry-After header.");
        }
      }
    }
  }
}
