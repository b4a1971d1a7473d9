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
    id = "asyncapi-3-server-no-trailing-slash",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI3},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Server host must not end with slash.",
    rationale = """
        The host is a name and a port; a path belongs in `pathname`.
        """,
    bad = """
        host: 'broker.example.org/'
        """,
    good = """
        host: 'broker.example.org'
        """)
public final class Asyncapi3ServerNoTrailingSlashRule implements Rule {
  private static final Query URLS = Query.of("$.servers.*.host");

  @Override
  public void check(RuleContext context) {
    StringValues.report(context, URLS, u -> u.endsWith("/"), "Server host must not end with slash.");
  }
}
