package dev.charter.core.model;

import dev.charter.core.spec.SpecNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A channel. In AsyncAPI 2.x the key is the address; in 3.x the key is an id and the address a
 * field (possibly null, for dynamic addresses).
 */
public record AsyncChannel(String key, Optional<String> address, List<AsyncMessage> messages,
    Map<String, SpecNode> parameters, Optional<SpecNode> bindings, List<String> servers, SpecNode node) {

  public AsyncChannel {
    messages = List.copyOf(messages);
    parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    servers = List.copyOf(servers);
  }
}
