package dev.charter.lint.rules.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.AsyncOperations;

@LintRule(
    id = "asyncapi-message-messageId-uniqueness",
    severity = Severity.ERROR,
    formats = {SpecFormat.ASYNCAPI2},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "\"messageId\" must be unique across all the messages.",
    rationale = """
        Tools identify messages by messageId; two messages with one id produce clashing generated types and ambiguous documentation.
        """,
    bad = """
        channels:
          a: {publish: {message: {messageId: event}}}
          b: {publish: {message: {messageId: event}}}
        """,
    good = """
        channels:
          a: {publish: {message: {messageId: userCreated}}}
          b: {publish: {message: {messageId: userDeleted}}}
        """,
    differences = """
        Spectral also reports a message that is referenced from two operations, since it meets the same
          messageId twice; charter compares distinct messages only, as a message reused by reference is one message.
        """)
public final class AsyncapiMessageMessageIdUniquenessRule implements Rule {
  @Override
  public void check(RuleContext context) {
    java.util.Map<String, JsonNode> seen = new java.util.HashMap<>();
    for (AsyncOperations.Operation op : AsyncOperations.v2(context.root())) {
      for (SpecNode message : AsyncOperations.messages(op.node())) {
        SpecNode id = AsyncOperations.idOf(message, "messageId");
        if (id == null) {
          continue;
        }
        JsonNode first = seen.putIfAbsent(id.value().textValue(), message.value());
        if (first != null && first != message.value()) {
          context.report(id, "\"messageId\" must be unique across all the messages.");
        }
      }
    }
  }
}
