package dev.charter.codegen.openapigenerator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Vendor extensions that OpenAPI Generator's Java and Spring templates copy into the generated
 * source verbatim: annotations, {@code implements} clauses, imports, SpEL expressions, message
 * strings. In a spec from someone else they are code injection ({@code x-class-extra-annotation:
 * "@Foo static { Runtime.getRuntime().exec(...); }"}) and routinely break compilation (an annotation
 * without its import). charter removes them before the generator runs, and says how many; {@code
 * --allow-code-extensions} keeps them for specs you trust.
 *
 * <p>The list is every extension the 7.25.0 Java and Spring templates write with unescaped mustache
 * ({@code {{{vendorExtensions.x-...}}}}) that a spec author sets (as opposed to ones the generator
 * computes itself).
 */
final class CodeExtensions {
  static final Set<String> NAMES = Set.of(
      "x-class-extra-annotation", "x-field-extra-annotation", "x-setter-extra-annotation", "x-extra-annotation",
      "x-operation-extra-annotation", "x-pageable-extra-annotation", "x-implements", "x-java-import",
      "x-spring-provide-args", "x-spring-security-pre-authorize", "x-jackson-json-include-policy",
      "x-size-message", "x-minimum-message", "x-maximum-message", "x-pattern-message", "x-discriminator-value",
      "x-spring-api-version");

  /** Members whose keys are names chosen by the spec's author, not keywords: never removed from. */
  private static final Set<String> NAME_MAPS = Set.of("properties", "patternProperties", "definitions", "schemas",
      "parameters", "responses", "headers", "examples", "requestBodies", "securitySchemes", "securityDefinitions",
      "links", "callbacks", "pathItems", "paths", "webhooks", "mapping", "variables", "content", "encoding",
      "dependentSchemas", "$defs", "definitionsAndPaths");

  private CodeExtensions() {}

  /** Removes the extensions everywhere in {@code tree}; returns each name removed with its count. */
  static Map<String, Integer> strip(JsonNode tree) {
    Map<String, Integer> removed = new TreeMap<>();
    strip(tree, false, removed, 0);
    return removed;
  }

  private static void strip(JsonNode node, boolean keysAreNames, Map<String, Integer> removed, int depth) {
    if (depth > 1000 || node == null) {
      return;
    }
    if (node instanceof ObjectNode o) {
      if (!keysAreNames) {
        List<String> drop = new ArrayList<>();
        o.fieldNames().forEachRemaining(k -> {
          if (NAMES.contains(k)) {
            drop.add(k);
          }
        });
        drop.forEach(k -> {
          o.remove(k);
          removed.merge(k, 1, Integer::sum);
        });
      }
      o.fields().forEachRemaining(e -> {
        boolean childKeysAreNames = !keysAreNames && NAME_MAPS.contains(e.getKey());
        strip(e.getValue(), childKeysAreNames, removed, depth + 1);
      });
    } else if (node.isArray()) {
      node.forEach(child -> strip(child, false, removed, depth + 1));
    }
  }
}
