package dev.charter.core.model;

import dev.charter.core.spec.SpecNode;
import java.util.List;
import java.util.Optional;

/** A response header (or an AsyncAPI message header property). */
public record Header(String name, boolean required, boolean deprecated, Optional<SchemaView> schema,
    List<Example> examples, SpecNode node) {
  public Header {
    examples = List.copyOf(examples);
  }
}
