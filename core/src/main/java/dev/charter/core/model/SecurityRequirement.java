package dev.charter.core.model;

import dev.charter.core.spec.SpecNode;
import java.util.List;
import java.util.Map;

/**
 * One alternative of a {@code security} list: all these schemes together, with the scopes each
 * needs. An empty requirement ({@code {}}) means no authentication is needed.
 */
public record SecurityRequirement(Map<String, List<String>> schemes, SpecNode node) {
  public SecurityRequirement {
    schemes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(schemes));
  }

  public boolean anonymous() {
    return schemes.isEmpty();
  }
}
