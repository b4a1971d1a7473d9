package dev.charter.codegen.openapigenerator;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.Consumer;

/** Walks swagger-parser's schema graph, the model OpenAPI Generator reads, to adjust it before it runs. */
final class SchemaWalk {
  /** More than any real spec has; a bound so that a pathological graph cannot run away. */
  private static final int MAX_SCHEMAS = 200_000;

  private SchemaWalk() {}

  /**
   * Calls {@code visit} on every schema reachable from {@code roots} (through properties, items,
   * additionalProperties, allOf, oneOf and anyOf), each once, breadth first, in document order.
   * References are not followed: the components they name are among the roots.
   */
  @SuppressWarnings("rawtypes")
  static void breadthFirst(Collection<? extends Schema> roots, Consumer<Schema<?>> visit) {
    IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
    ArrayDeque<Schema<?>> queue = new ArrayDeque<>();
    roots.forEach(root -> queue.add(root));
    while (!queue.isEmpty() && seen.size() < MAX_SCHEMAS) {
      Schema<?> schema = queue.poll();
      if (schema == null || seen.put(schema, Boolean.TRUE) != null) {
        continue;
      }
      visit.accept(schema);
      if (schema.getProperties() != null) {
        schema.getProperties().values().forEach(queue::add);
      }
      if (schema.getItems() != null) {
        queue.add(schema.getItems());
      }
      if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
        queue.add(additional);
      }
      for (List<Schema> parts : Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
        if (parts != null) {
          parts.forEach(queue::add);
        }
      }
    }
  }
}
