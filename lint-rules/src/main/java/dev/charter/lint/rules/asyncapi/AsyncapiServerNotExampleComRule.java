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
    id = "asyncapi-server-not-example-com",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI2},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    recommended = false,
    summary = "Server URL must not point at example.com.",
    rationale = """
        example.com is a placeholder; a published description should point at the real broker.
        """,
    bad = """
        url: 'mqtt://broker.example.com'
        """,
    good = """
        url: 'mqtt://broker.users.dev'
        """)
public final class AsyncapiServerNotExampleComRule implements Rule {
  private static final Query URLS = Query.of("$.servers[*].url");

  @Override
  public void check(RuleContext context) {
    StringValues.report(context, URLS, u -> u.contains("example.com"), "Server URL must not point at example.com.");
  }
}
