package dev.charter.lint.rules.owasp;

import dev.charter.core.diag.Severity;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.model.Response;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.RateLimitHeaders;

@LintRule(
    id = "owasp-rate-limit",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.OWASP,
    summary = "Successful and client-error responses must say how requests are rate limited (RateLimit headers).",
    rationale = """
        Rate limits protect the API from overload and abuse; headers such as RateLimit-Limit let clients stay within them (OWASP API4).
        """,
    bad = """
        '200': {description: OK}
        """,
    good = """
        '200':
          description: OK
          headers:
            RateLimit-Limit: {schema: {type: integer}}
        """)
public final class OwaspRateLimitRule implements Rule {
  @Override
  public void check(RuleContext context) {
    for (HttpOperation op : context.openApi().operations()) {
      for (Response r : op.responses()) {
        int c = r.statusClass();
        if ((c == 2 || c == 4) && r.headers().stream().noneMatch(h -> RateLimitHeaders.isLimit(h.name()))) {
          context.report(r.node(), "Response " + r.status() + " of " + op.display() + " must set a rate-limit header (RateLimit-Limit, X-RateLimit-Limit, …).");
        }
      }
    }
  }
}
