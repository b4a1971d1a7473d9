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
    id = "asyncapi-server-no-empty-variable",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI2},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Server URL must not have empty variable substitution pattern.",
    rationale = """
        An empty `{}` in a server URL names no variable, so nothing can fill it.
        """,
    bad = """
        url: 'mqtt://{}.example.org'
        """,
    good = """
        url: 'mqtt://{region}.example.org'
        """)
public final class AsyncapiServerNoEmptyVariableRule implements Rule {
  private static final Query URLS = Query.of("$.servers[*].url");

  @Override
  public void check(RuleContext context) {
    StringValues.report(context, URLS, u -> u.contains("{}"), "Server URL must not have empty variable substitution pattern.");
  }
}
