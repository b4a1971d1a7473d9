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
    id = "asyncapi-3-server-variables",
    severity = Severity.ERROR,
    formats = {SpecFormat.ASYNCAPI3},
    family = RuleFamily.CHARTER,
    summary = "Server variables in host and pathname must be defined, used, and have their default in their enum.",
    rationale = """
        What `asyncapi-server-variables` checks in a 2.x server `url`, for AsyncAPI 3, where the template is
          split into `host` and `pathname`: every `{name}` needs a variable, every variable must appear, and a
          default outside its enum can never be used, so the address of the broker cannot be built.
        """,
    bad = """
        servers:
          production:
            host: '{region}.example.org:{port}'
            protocol: kafka
            variables:
              region: {enum: [eu, us], default: asia}
        """,
    good = """
        servers:
          production:
            host: '{region}.example.org:{port}'
            protocol: kafka
            variables:
              region: {enum: [eu, us], default: eu}
              port: {default: '9092'}
        """)
public final class Asyncapi3ServerVariablesRule implements Rule {
  private static final Query SERVERS = Query.of("$.servers.*", "$.components.servers.*");

  @Override
  public void check(RuleContext context) {
    for (PathNode server : SERVERS.resolved(context)) {
      ServerVariables.checkHostAndPathname(context, server);
    }
  }
}
