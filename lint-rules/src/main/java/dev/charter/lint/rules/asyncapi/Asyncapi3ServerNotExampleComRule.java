package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.Query;
import dev.charter.lint.rules.support.StringValues;

@LintRule(
    id = "asyncapi-3-server-not-example-com",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI3},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    recommended = false,
    summary = "Server host must not point at example.com.",
    rationale = """
        example.com is a placeholder; a published description should point at the real broker.
        """,
    bad = """
        host: 'broker.example.com'
        """,
    good = """
        host: 'broker.users.dev'
        """)
public final class Asyncapi3ServerNotExampleComRule implements Rule {
  private static final Query URLS = Query.of("$.servers.*.host");

  @Override
  public void check(RuleContext context) {
    StringValues.report(context, URLS, u -> u.contains("example.com"), "Server host must not point at example.com.");
  }
}
