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
    id = "asyncapi-server-no-trailing-slash",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI2},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Server URL must not end with slash.",
    rationale = """
        Clients append channel addresses to the server URL; a trailing slash doubles the separator.
        """,
    bad = """
        url: 'mqtt://broker.example.org/'
        """,
    good = """
        url: 'mqtt://broker.example.org'
        """)
public final class AsyncapiServerNoTrailingSlashRule implements Rule {
  private static final Query URLS = Query.of("$.servers[*].url");

  @Override
  public void check(RuleContext context) {
    StringValues.report(context, URLS, u -> u.endsWith("/"), "Server URL must not end with slash.");
  }
}
