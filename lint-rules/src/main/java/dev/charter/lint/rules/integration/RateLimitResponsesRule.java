package dev.charter.lint.rules.integration;

import dev.charter.core.diag.Severity;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.model.Response;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.RuleOption;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.RateLimitHeaders;

@LintRule(
    id = "rate-limit-responses",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.INTEGRATION,
    summary = "Where an API is rate limited, every operation must describe a 429 response, and every 429 must set Retry-After.",
    rationale = """
        A client that does not know it can be limited treats 429 as a failure; one that is not told when
          to retry retries at once and keeps the limit in force. An API counts as rate limited when some
          response announces rate-limit headers or some operation already describes 429 (or when the
          `rateLimited` option says so).
        """,
    bad = """
        get:
          responses:
            '200': {description: OK, headers: {RateLimit-Limit: {schema: {type: integer}}}}
        """,
    good = """
        get:
          responses:
            '200': {description: OK, headers: {RateLimit-Limit: {schema: {type: integer}}}}
            '429': {description: Slow down, headers: {Retry-After: {schema: {type: integer}}}}
        """,
    options = {
        @RuleOption(name = "rateLimited", type = RuleOption.Type.BOOLEAN, description = "Treat the API as rate limited even if no response says so.", defaultValue = "false")})
public final class RateLimitResponsesRule implements Rule {
  @Override
  public void check(RuleContext context) {
    var ops = context.openApi().operations();
    boolean limited = context.booleanOption("rateLimited") || ops.stream().flatMap(o -> o.responses().stream())
        .anyMatch(r -> r.status().equals("429") || r.headers().stream().anyMatch(h -> RateLimitHeaders.isLimit(h.name())));
    if (!limited) {
      return;
    }
    for (HttpOperation op : ops) {
      var tooMany = op.responses().stream().filter(r -> r.status().equals("429")).findFirst();
      if (tooMany.isEmpty()) {
        context.report(op.node().file(), op.node().pointer() + "/responses", op.display() + " must describe a 429 (Too Many Requests) response: the API is rate limited.");
      } else if (tooMany.get().headers().stream().noneMatch(h -> h.name().equalsIgnoreCase("Retry-After"))) {
        context.report(tooMany.get().node(), "Response 429 of " + op.display() + " must set the Retry-After header.");
      }
    }
  }
}
