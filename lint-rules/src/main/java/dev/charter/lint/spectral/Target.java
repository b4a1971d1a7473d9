package dev.charter.lint.spectral;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.spec.SpecDocument;
import dev.charter.lint.jsonpath.PathNode;

/**
 * The value a ruleset function checks: the node a rule's {@code given} matched, or a {@code field}
 * of it. {@code node} is null when the field does not exist; {@code parent} is then its closest
 * existing ancestor, and {@code missing} the keys from there to the field.
 */
public record Target(PathNode node, PathNode parent, java.util.List<Object> missing, SpecDocument document) {

  public Target {
    missing = java.util.List.copyOf(missing);
  }

  /** The value, or null for a field that does not exist (JavaScript's undefined). */
  public JsonNode value() {
    return node == null ? null : node.value();
  }

  public boolean exists() {
    return node != null;
  }
}
