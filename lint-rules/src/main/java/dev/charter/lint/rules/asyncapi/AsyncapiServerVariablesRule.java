package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.jsonpath.PathNode;
import dev.charter.lint.rules.support.Query;
import dev.charter.lint.rules.support.ServerVariables;

@LintRule(
    id = "asyncapi-server-variables",
    severity = Severity.ERROR,
    formats = {SpecFormat.ASYNCAPI2},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Server variables must be defined and there must be no redundant variables.",
    rationale = """
        Every `{name}` in a server URL needs a variable, and every variable must appear in the URL, or the URL cannot be built.
        """,
    bad = """
        servers:
          production:
            url: '{host}:1883'
            protocol: mqtt
        """,
    good = """
        servers:
          production:
            url: '{host}:1883'
            protocol: mqtt
            variables:
              host: {default: broker.example.org}
        """)
public final class AsyncapiServerVariablesRule implements Rule {
  private static final Query SERVERS = Query.of("$.servers.*", "$.components.servers.*");

  @Override
  public void check(RuleContext context) {
    for (PathNode server : SERVERS.resolved(context)) {
      ServerVariables.check(context, server, false, false);
    }
  }
}
