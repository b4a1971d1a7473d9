package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.core.source.DocumentId;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@LintRule(
    id = "asyncapi-3-operation-channel-messages",
    severity = Severity.ERROR,
    formats = {SpecFormat.ASYNCAPI3},
    family = RuleFamily.CHARTER,
    summary = "An operation's channel must be one of the document's channels, and its messages messages of that channel.",
    rationale = """
        In AsyncAPI 3 an operation names its channel and messages by `$ref`. A `channel` that leads to a
          message or to a channel only in `components`, or a message of another channel, is valid against
          the JSON Schema but describes an operation no broker carries: code generators, docs and diffs
          then show a channel or message the application never uses. References are compared by the
          object they lead to, so a channel in another file that `channels` also references is fine.
        """,
    bad = """
        channels:
          users: {address: users, messages: {created: {payload: {type: object}}}}
          orders: {address: orders, messages: {placed: {payload: {type: object}}}}
        operations:
          onUserCreated:
            action: receive
            channel: {$ref: '#/channels/users'}
            messages: [{$ref: '#/channels/orders/messages/placed'}]
        """,
    good = """
        channels:
          users: {address: users, messages: {created: {payload: {type: object}}}}
        operations:
          onUserCreated:
            action: receive
            channel: {$ref: '#/channels/users'}
            messages: [{$ref: '#/channels/users/messages/created'}]
        """)
public final class Asyncapi3OperationChannelMessagesRule implements Rule {
  @Override
  public void check(RuleContext context) {
    SpecNode root = context.root();
    Set<Target> channels = new HashSet<>();
    root.get("channels").ifPresent(chs -> chs.fields().forEach(e -> channels.add(identity(e.getValue().resolved()))));
    root.get("operations").ifPresent(ops -> ops.fields().forEach(e -> check(context, e, channels)));
    root.get("components").flatMap(c -> c.get("operations"))
        .ifPresent(ops -> ops.fields().forEach(e -> check(context, e, null)));
  }

  /** {@code channels}: the identities of the root channels, or null when any channel may be named (components). */
  private static void check(RuleContext context, Map.Entry<String, SpecNode> entry, Set<Target> channels) {
    if (entry.getKey().startsWith("x-")) {
      return;
    }
    SpecNode op = entry.getValue().resolved();
    Optional<SpecNode> channel = op.get("channel");
    if (channel.isPresent() && channel.get().isRef() && channels != null
        && !channels.contains(identity(channel.get().resolved()))) {
      context.report(refOf(channel.get()), "operation '" + entry.getKey() + "': the channel "
          + channel.get().ref().orElse("") + " is not one of the channels under \"channels\"");
    }
    channel.ifPresent(c -> messages(context, entry.getKey(), op.get("messages"), c));
    op.get("reply").map(SpecNode::resolved).ifPresent(reply ->
        reply.get("channel").ifPresent(c -> messages(context, entry.getKey() + "' reply '", reply.get("messages"), c)));
  }

  private static void messages(RuleContext context, String operation, Optional<SpecNode> list, SpecNode channelRef) {
    if (list.isEmpty()) {
      return;
    }
    SpecNode channel = channelRef.resolved();
    Set<Target> own = new HashSet<>();
    channel.get("messages").ifPresent(ms -> ms.fields().forEach(e -> own.add(identity(e.getValue().resolved()))));
    List<SpecNode> refs = list.get().elements();
    for (SpecNode ref : refs) {
      if (ref.isRef() && !own.contains(identity(ref.resolved()))) {
        context.report(refOf(ref), "operation '" + operation + "': the message " + ref.ref().orElse("")
            + " is not one of the messages of its channel " + channelRef.ref().orElse(channel.pointer()));
      }
    }
  }

  private static SpecNode refOf(SpecNode node) {
    return node.get("$ref").orElse(node);
  }

  /** The object a reference leads to: its file and pointer. */
  private record Target(DocumentId file, String pointer) {}

  private static Target identity(SpecNode node) {
    return new Target(node.file().id(), node.pointer());
  }
}
