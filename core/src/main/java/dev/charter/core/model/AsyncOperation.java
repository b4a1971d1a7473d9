package dev.charter.core.model;

import dev.charter.core.spec.SpecNode;
import java.util.List;
import java.util.Optional;

/**
 * What the application does on a channel. {@link Action#SEND}: the application sends these messages
 * and its consumers read them, so they are judged like HTTP responses. {@link Action#RECEIVE}: it
 * receives them, judged like requests. AsyncAPI 2.x {@code subscribe} is SEND and {@code publish}
 * is RECEIVE (the 2.x verbs are from the client's point of view).
 *
 * @param key the operation id (3.x key, else 2.x {@code operationId}, else {@code <verb> <channel>})
 */
public record AsyncOperation(String key, Action action, AsyncChannel channel, List<AsyncMessage> messages,
    Optional<Reply> reply, Optional<String> summary, List<SecurityRequirement> security, Optional<SpecNode> bindings,
    SpecNode node) {

  public AsyncOperation {
    messages = List.copyOf(messages);
    security = List.copyOf(security);
  }

  public enum Action {
    SEND,
    RECEIVE
  }

  /** An AsyncAPI 3 request/reply: where the reply goes and which messages it may be. */
  public record Reply(Optional<String> address, Optional<AsyncChannel> channel, List<AsyncMessage> messages, SpecNode node) {
    public Reply {
      messages = List.copyOf(messages);
    }
  }

  /** {@code send user/signedup}. */
  public String display() {
    return action.name().toLowerCase(java.util.Locale.ROOT) + " " + channel.address().orElse(channel.key());
  }
}
