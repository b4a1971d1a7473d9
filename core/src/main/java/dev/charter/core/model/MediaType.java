package dev.charter.core.model;

import dev.charter.core.spec.SpecNode;
import java.util.List;
import java.util.Optional;

/**
 * A body in one media type: its schema and examples. {@code node} is the Media Type Object, or for
 * Swagger 2.0 the parameter or response it was derived from.
 */
public record MediaType(String mediaType, Optional<SchemaView> schema, List<Example> examples,
    Optional<SpecNode> encoding, SpecNode node) {

  public MediaType {
    examples = List.copyOf(examples);
  }
}
