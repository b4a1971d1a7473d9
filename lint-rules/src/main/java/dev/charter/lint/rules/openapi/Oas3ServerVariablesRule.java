package dev.charter.lint.rules.openapi;

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
    id = "oas3-server-variables",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Server variables must be defined and valid and there must be no unused variables.",
    rationale = """
        Each `{name}` in a server URL needs a variable with a default, each variable must appear in the
          URL, a default must be one of its enum values, and every substitution must give a valid URL.
        """,
    bad = """
        servers:
          - url: https://{region}.api.example.org
        """,
    good = """
        servers:
          - url: https://{region}.api.example.org
            variables:
              region: {default: eu, enum: [eu, us]}
        """,
    differences = """
        Spectral lists this rule for every OpenAPI version, but Swagger 2.0 has no servers; charter
          runs it on OpenAPI 3 only.
        """)
public final class Oas3ServerVariablesRule implements Rule {
  private static final Query SERVERS = Query.of("$.servers[*]", "$.paths[*].servers[*]",
      "$.paths[*][get,put,post,delete,options,head,patch,trace].servers[*]",
      "$.components.links[*].server", "$.paths[*][get,put,post,delete,options,head,patch,trace].responses[*].links[*].server",
      "$.components.responses[*].links[*].server");

  @Override
  public void check(RuleContext context) {
    for (PathNode server : SERVERS.resolved(context)) {
      ServerVariables.check(context, server, true, true);
    }
  }
}
