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
    id = "asyncapi-3-server-no-empty-variable",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI3},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Server host and pathname must not have empty variable substitution pattern.",
    rationale = """
        An empty `{}` in a server host or path names no variable, so nothing can fill it.
        """,
    bad = """
        host: '{}.example.org'
        """,
    good = """
        host: '{region}.example.org'
        """)
public final class Asyncapi3ServerNoEmptyVariableRule implements Rule {
  private static final Query URLS = Query.of("$.servers[*].host", "$.servers[*].pathname");

  @Override
  public void check(RuleContext context) {
    StringValues.report(context, URLS, u -> u.contains("{}"), "Server host and pathname must not have empty variable substitution pattern.");
  }
}
