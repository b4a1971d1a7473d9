package dev.charter.core.model;

import dev.charter.core.spec.SpecNode;
import java.util.List;
import java.util.Optional;

/**
 * A path, query, header or cookie parameter, with serialisation defaults filled in as OpenAPI
 * defines them (a Swagger 2.0 {@code collectionFormat} becomes the equivalent style and explode).
 * {@code schema} is the parameter's schema, or for one with {@code content} the schema of its only
 * media type.
 */
public record Parameter(String name, String in, boolean required, boolean deprecated, Optional<SchemaView> schema,
    String style, boolean explode, boolean allowEmptyValue, boolean allowReserved, List<MediaType> content,
    List<Example> examples, SpecNode node) {

  public Parameter {
    content = List.copyOf(content);
    examples = List.copyOf(examples);
  }

  /** Header names are case-insensitive; others are not. */
  public String matchKey() {
    return in + ":" + (in.equals("header") ? name.toLowerCase(java.util.Locale.ROOT) : name);
  }
}
