package dev.charter.lint.rules.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.spec.SpecNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * AsyncAPI 2 operations ({@code subscribe} and {@code publish} of each channel) and their messages,
 * with references followed, as Spectral's AsyncAPI rules walk them.
 */
public final class AsyncOperations {
  private AsyncOperations() {}

  /** One operation: its channel key, {@code subscribe} or {@code publish}, and the node. */
  public record Operation(String channel, String kind, SpecNode node) {}

  public static List<Operation> v2(SpecNode root) {
    List<Operation> out = new ArrayList<>();
    root.get("channels").map(SpecNode::resolved).ifPresent(channels -> {
      for (Map.Entry<String, SpecNode> e : channels.fields()) {
        SpecNode channel = e.getValue().resolved();
        if (!channel.isObject()) {
          continue;
        }
        for (String kind : new String[] {"subscribe", "publish"}) {
          channel.get(kind).map(SpecNode::resolved).filter(SpecNode::isObject)
              .ifPresent(op -> out.add(new Operation(e.getKey(), kind, op)));
        }
      }
    });
    return out;
  }

  /** The messages of an AsyncAPI 2 operation: its {@code message}, or each of {@code message.oneOf}. */
  public static List<SpecNode> messages(SpecNode operation) {
    List<SpecNode> out = new ArrayList<>();
    operation.get("message").map(SpecNode::resolved).filter(SpecNode::isObject).ifPresent(message -> {
      SpecNode oneOf = message.get("oneOf").map(SpecNode::resolved).orElse(null);
      if (oneOf != null && oneOf.isArray()) {
        for (SpecNode m : oneOf.elements()) {
          SpecNode r = m.resolved();
          if (r.isObject()) {
            out.add(r);
          }
        }
      } else {
        out.add(message);
      }
    });
    return out;
  }

  /** The id in {@code field}: from the last trait that sets it, else the object's own; null when none is a string. */
  public static SpecNode idOf(SpecNode object, String field) {
    SpecNode traits = object.get("traits").map(SpecNode::resolved).orElse(null);
    if (traits != null && traits.isArray()) {
      List<SpecNode> list = traits.elements();
      for (int i = list.size() - 1; i >= 0; i--) {
        SpecNode trait = list.get(i).resolved();
        JsonNode id = trait.value().get(field);
        if (trait.isObject() && id != null && id.isTextual()) {
          return trait.get(field).orElseThrow();
        }
      }
    }
    JsonNode id = object.value().get(field);
    return id != null && id.isTextual() ? object.get(field).orElseThrow() : null;
  }
}
