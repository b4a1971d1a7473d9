package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.jsonpath.PathNode;
import dev.charter.lint.rules.support.Query;
import dev.charter.lint.rules.support.Reports;

@LintRule(
    id = "oas3_1-servers-in-webhook",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Servers should not be defined in a webhook.",
    rationale = """
        A webhook is a request the API sends to its consumer; the consumer, not the description, decides where it arrives.
        """,
    bad = """
        webhooks:
          newPet:
            post:
              servers: [{url: https://consumer.example.org}]
        """,
    good = """
        webhooks:
          newPet:
            post:
              responses: {'200': {description: OK}}
        """)
public final class Oas31ServersInWebhookRule implements Rule {
  private static final Query SERVERS = Query.of("$.webhooks.servers", "$.webhooks[*][*].servers");

  @Override
  public void check(RuleContext context) {
    for (PathNode n : SERVERS.resolved(context)) {
      Reports.at(context, n, "Servers should not be defined in a webhook.");
    }
  }
}
