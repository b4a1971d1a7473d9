package dev.charter.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.spec.SpecNode;
import java.util.List;
import java.util.Optional;

/**
 * One message, with message traits applied (a field of the message itself wins over the same field
 * of its traits, and later traits over earlier ones; {@code headers} are merged instead, the
 * message's own schema with each trait's applied together with it, see {@link SchemaView#with}).
 *
 * @param key identifies the message within its channel across versions: the channel's message key
 *     (3.x), else {@code messageId}, {@code name} or the component name (2.x)
 * @param contentType the message's, else the document's {@code defaultContentType}
 * @param payloadFormat the declared {@code schemaFormat}, if any
 */
public record AsyncMessage(String key, Optional<String> name, Optional<String> title, Optional<SchemaView> payload,
    Optional<String> payloadFormat, Optional<SchemaView> headers, Optional<String> contentType,
    Optional<SpecNode> correlationId, Optional<SpecNode> bindings, List<AsyncExample> examples, boolean deprecated,
    SpecNode node) {

  public AsyncMessage {
    examples = List.copyOf(examples);
  }

  /** A message example: named headers and payload values. */
  public record AsyncExample(Optional<String> name, Optional<JsonNode> headers, Optional<JsonNode> payload, SpecNode node) {}
}
