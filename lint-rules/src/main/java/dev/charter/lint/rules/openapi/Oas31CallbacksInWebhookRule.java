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
    id = "oas3_1-callbacks-in-webhook",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Callbacks should not be defined in a webhook.",
    rationale = """
        A webhook is already a request the API sends; a callback inside it describes a conversation no tool can render or test.
        """,
    bad = """
        webhooks:
          newPet:
            post:
              callbacks: {ack: {}}
        """,
    good = """
        webhooks:
          newPet:
            post:
              responses: {'200': {description: OK}}
        """)
public final class Oas31CallbacksInWebhookRule implements Rule {
  private static final Query CALLBACKS = Query.of("$.webhooks[*][*].callbacks");

  @Override
  public void check(RuleContext context) {
    for (PathNode n : CALLBACKS.resolved(context)) {
      Reports.at(context, n, "Callbacks should not be defined in a webhook.");
    }
  }
}
