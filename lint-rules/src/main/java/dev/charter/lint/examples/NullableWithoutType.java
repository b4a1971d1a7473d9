package dev.charter.lint.examples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.spec.SpecNode;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds {@code nullable: true} without a {@code type} in a schema or any schema it uses. Such a
 * nullable does nothing (OpenAPI 3.0 lets it act only beside a type; 3.1 has no nullable), and
 * ajv-based tools (Spectral, Prism) refuse to compile the schema, so they cannot check examples
 * against it. Answers are kept per schema, as many examples share one. Thread-safe.
 */
public final class NullableWithoutType {
  private static final int MAX_NODES = 100_000;
  private final Map<String, Optional<SpecNode>> found = new ConcurrentHashMap<>();

  /** The first such schema reachable from {@code schema} (which may be a reference), if any. */
  public Optional<SpecNode> in(SpecNode schema) {
    SpecNode start = schema.resolved();
    return found.computeIfAbsent(key(start), k -> search(start));
  }

  private static Optional<SpecNode> search(SpecNode start) {
    ArrayDeque<SpecNode> todo = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    todo.add(start);
    while (!todo.isEmpty()) {
      SpecNode n = todo.poll().resolved();
      if (!seen.add(key(n)) || seen.size() > MAX_NODES) {
        continue;
      }
      if (n.isArray()) {
        todo.addAll(n.elements());
        continue;
      }
      if (!n.isObject()) {
        continue;
      }
      JsonNode nullable = n.value().get("nullable");
      if (nullable != null && nullable.isBoolean() && nullable.booleanValue() && !n.has("type")) {
        return Optional.of(n);
      }
      for (Map.Entry<String, SpecNode> e : n.fields()) {
        String k = e.getKey();
        if (!k.startsWith("x-") && !SKIPPED.contains(k)) {
          todo.add(e.getValue());
        }
      }
    }
    return Optional.empty();
  }

  /** Members that hold data, not schemas. */
  private static final Set<String> SKIPPED = Set.of("example", "examples", "default", "enum", "const");

  private static String key(SpecNode n) {
    return n.file().id() + "#" + n.pointer();
  }
}
