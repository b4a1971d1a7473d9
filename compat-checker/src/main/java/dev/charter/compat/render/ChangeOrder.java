package dev.charter.compat.render;

import dev.charter.compat.Bump;
import dev.charter.compat.Change;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Changes grouped by the operation they concern, the groups with the largest bump first. */
final class ChangeOrder {
  private ChangeOrder() {}

  /** Breaking before planned, then by bump. */
  static int rank(Change c) {
    if (c.breaking()) {
      return 0;
    }
    if (c.planned()) {
      return 1;
    }
    return 5 - c.bump().ordinal();
  }

  static Map<String, List<Change>> byOperation(List<Change> changes) {
    Map<String, List<Change>> groups = new LinkedHashMap<>();
    for (Change c : changes) {
      groups.computeIfAbsent(c.operation(), k -> new ArrayList<>()).add(c);
    }
    List<Map.Entry<String, List<Change>>> entries = new ArrayList<>(groups.entrySet());
    entries.forEach(e -> e.getValue().sort(Comparator.comparingInt(ChangeOrder::rank)));
    entries.sort(Comparator.comparingInt(e -> rank(e.getValue().get(0))));
    Map<String, List<Change>> out = new LinkedHashMap<>();
    entries.forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  static Map<Bump, Integer> counts(List<Change> changes) {
    Map<Bump, Integer> out = new LinkedHashMap<>();
    for (Bump b : List.of(Bump.MAJOR, Bump.MINOR, Bump.PATCH, Bump.NONE)) {
      out.put(b, 0);
    }
    changes.forEach(c -> out.merge(c.bump(), 1, Integer::sum));
    return out;
  }
}
