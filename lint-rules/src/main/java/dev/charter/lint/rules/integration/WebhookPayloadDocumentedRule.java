package dev.charter.lint.rules.integration;

import dev.charter.core.diag.Severity;
import dev.charter.core.model.AsyncMessage;
import dev.charter.core.model.HttpMethod;
import dev.charter.core.model.HttpOperation;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;

@LintRule(
    id = "webhook-payload-documented",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2, SpecFormat.ASYNCAPI2, SpecFormat.ASYNCAPI3},
    family = RuleFamily.INTEGRATION,
    summary = "Webhooks, callbacks and messages must document their payload.",
    rationale = """
        Consumers implement the receiving side of a webhook or a message from its description alone;
          without a payload schema they reverse-engineer it from traffic.
        """,
    bad = """
        webhooks:
          petAdopted:
            post:
              responses: {'200': {description: OK}}
        """,
    good = """
        webhooks:
          petAdopted:
            post:
              requestBody:
                content:
                  application/json: {schema: {$ref: '#/components/schemas/Adoption'}}
              responses: {'200': {description: OK}}
        """)
public final class WebhookPayloadDocumentedRule implements Rule {
  @Override
  public void check(RuleContext context) {
    if (context.format().isAsyncApi()) {
      java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      for (var channel : context.asyncApi().channels().values()) {
        for (AsyncMessage m : channel.messages()) {
          if (seen.add(m.node().value()) && m.payload().isEmpty()) {
            context.report(m.node(), "Message \"" + m.key() + "\" has no payload schema.");
          }
        }
      }
      return;
    }
    java.util.List<HttpOperation> received = new java.util.ArrayList<>(context.openApi().webhooks());
    for (HttpOperation op : context.openApi().operations()) {
      op.callbacks().forEach(cb -> received.addAll(cb.operations()));
    }
    for (HttpOperation op : received) {
      if (op.method() == HttpMethod.GET || op.method() == HttpMethod.DELETE || op.method() == HttpMethod.HEAD) {
        continue;
      }
      boolean documented = op.requestBody().map(b -> b.content().stream().anyMatch(m -> m.schema().isPresent())).orElse(false);
      if (!documented) {
        context.report(op.node(), (op.webhook() ? "Webhook " : "Callback ") + op.display() + " has no payload schema.");
      }
    }
  }
}
