package dev.charter.compat.schema;

import dev.charter.compat.Effect;
import dev.charter.core.model.SchemaView;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The variants of a union ({@code oneOf}, {@code anyOf}; a schema that is not a union is a union of
 * one). In input every old variant must still be admitted by some new one; in output every new
 * variant must be one some old variant admitted. Variants are paired by what they are known by
 * (component name, discriminator value, title), else by the candidate that admits what the other
 * did, so reordering, renaming a component or turning {@code oneOf} into {@code anyOf} is no
 * change. Pairing is done for all variants by name first, then by values, then a variant left
 * alone on each side with the same type is taken as the same one, changed; a variant that kept its
 * name never stands in for one known by another name. So {@code oneOf: [Cat]} becoming {@code
 * [Cat, Dog]} (one side a single variant) is Dog added, not Cat's properties compared with Dog's. {@code oneOf} is read like {@code anyOf}: variants are taken to be disjoint, as they are
 * when written with a discriminator or distinct types.
 */
final class VariantsCheck implements SchemaCheck {
  static final SchemaKind ADDED = SchemaKind.of("variant-added", Effect.WIDENED,
      "a oneOf/anyOf variant was added", VariantsCheck.class);
  static final SchemaKind REMOVED = SchemaKind.of("variant-removed", Effect.NARROWED,
      "a oneOf/anyOf variant was removed", VariantsCheck.class);
  private static final int MAX_TRIALS = 400;

  @Override
  public List<SchemaKind> kinds() {
    return List.of(ADDED, REMOVED);
  }

  @Override
  public boolean appliesToUnions() {
    return true;
  }

  @Override
  public boolean appliesToSingles() {
    return false;
  }

  private record Match(int index, SchemaResult result) {}

  @Override
  public void compare(SchemaPair p) {
    Shape o = p.oldShape();
    Shape n = p.newShape();
    List<Shape> ov = o.isUnion() ? o.variants : List.of(o);
    List<Shape> nv = n.isUnion() ? n.variants : List.of(n);
    // Input: each old variant must be admitted by a new one. Output: each new one by an old one.
    boolean oldCovered = p.input();
    List<Shape> covered = oldCovered ? ov : nv;
    List<Shape> covering = oldCovered ? nv : ov;
    List<Set<String>> coveredIds = identities(p, covered, oldCovered);
    List<Set<String>> coveringIds = identities(p, covering, !oldCovered);
    Match[] matches = new Match[covered.size()];
    boolean[] used = new boolean[covering.size()];
    // Taken by a variant known by the same name: it stands for that one, never for a differently named one.
    boolean[] claimed = new boolean[covering.size()];
    int[] trials = {0};
    // First a variant written the same way (an inline variant moved in the list), before the place
    // it is at: found by its text, not by trials, which are budgeted and ran out on a reordered union
    // of dozens of variants.
    Map<String, ArrayDeque<Integer>> byText = new HashMap<>();
    for (int j = 0; j < covering.size(); j++) {
      if (!used[j]) {
        byText.computeIfAbsent(Shapes.canonical(covering.get(j).anchor.value()), k -> new ArrayDeque<>()).add(j);
      }
    }
    for (int i = 0; i < covered.size(); i++) {
      if (matches[i] == null) {
        ArrayDeque<Integer> same = byText.get(Shapes.canonical(covered.get(i).anchor.value()));
        Integer j = same == null ? null : same.peek();
        if (j != null && !used[j] && !conflicting(coveredIds.get(i), coveringIds.get(j))) {
          same.poll();
          matches[i] = new Match(j, trial(p, covered.get(i), covering.get(j), oldCovered));
          used[j] = true;
          claimed[j] = true;
        }
      }
    }
    // Then what each variant is known by (component name, discriminator value, place), then what it admits.
    for (int i = 0; i < covered.size(); i++) {
      if (matches[i] != null) {
        continue;
      }
      Match m = byIdentity(p, covered.get(i), coveredIds.get(i), covering, coveringIds, oldCovered, trials, used);
      if (m != null) {
        matches[i] = m;
        used[m.index()] = true;
        claimed[m.index()] = true;
      }
    }
    for (int i = 0; i < covered.size(); i++) {
      if (matches[i] == null) {
        Match m = byValues(p, covered.get(i), coveredIds.get(i), covering, coveringIds, oldCovered, trials, used, claimed);
        if (m != null) {
          matches[i] = m;
          used[m.index()] = true;
        }
      }
    }
    // Last, a variant left alone on each side with the same type and nothing saying they differ: the same one, changed.
    for (int i = 0; i < covered.size(); i++) {
      if (matches[i] == null) {
        Match m = onlyCounterpart(p, covered.get(i), coveredIds.get(i), covering, coveringIds, oldCovered, used);
        if (m != null) {
          matches[i] = m;
          used[m.index()] = true;
        }
      }
    }
    for (int i = 0; i < covered.size(); i++) {
      Shape c = covered.get(i);
      Match m = matches[i];
      if (m == null) {
        if (oldCovered) {
          p.emit(REMOVED, Effect.NARROWED, c.anchor, n.unionNode.orElse(n.anchor),
              "variant " + label(c, i) + " removed: values it admitted are no longer valid");
        } else {
          p.emit(ADDED, Effect.WIDENED, o.unionNode.orElse(o.anchor), c.anchor,
              "variant " + label(c, i) + " added: old clients do not know these values");
        }
        continue;
      }
      Shape newer = oldCovered ? covering.get(m.index()) : c;
      p.adopt(m.result(), "/" + (n.isUnion() ? unionWord(n) : unionWord(o)) + "/" + label(newer, oldCovered ? m.index() : i));
    }
    for (int j = 0; j < covering.size(); j++) {
      if (used[j]) {
        continue;
      }
      Shape c = covering.get(j);
      if (oldCovered) {
        p.emit(ADDED, Effect.WIDENED, o.unionNode.orElse(o.anchor), c.anchor, "variant " + label(c, j) + " added");
      } else {
        p.emit(REMOVED, Effect.NARROWED, c.anchor, n.unionNode.orElse(n.anchor), "variant " + label(c, j) + " removed");
      }
    }
  }

  private static String unionWord(Shape union) {
    return union.unionNode.map(u -> dev.charter.core.parse.JsonPointers.last(u.pointer()))
        .filter(w -> w.equals("oneOf") || w.equals("anyOf")).orElse("oneOf");
  }

  /** The covering variant known by the same name, discriminator value or place; among several, the one that changed least. */
  private static Match byIdentity(SchemaPair p, Shape c, Set<String> ids, List<Shape> covering,
      List<Set<String>> coveringIds, boolean oldCovered, int[] trials, boolean[] used) {
    List<Integer> named = new ArrayList<>();
    List<Integer> free = new ArrayList<>();
    for (int j = 0; j < covering.size(); j++) {
      if (!java.util.Collections.disjoint(ids, coveringIds.get(j))) {
        named.add(j);
        if (!used[j]) {
          free.add(j);
        }
      }
    }
    return best(p, c, covering, free.isEmpty() ? named : free, oldCovered, trials);
  }

  /**
   * A covering variant that admits what {@code c} admitted (one not yet taken first, then the one
   * with the fewest changes). A variant claimed by its own name is not taken by a variant known by
   * another name: {@code oneOf: [Cat]} becoming {@code [Cat, Dog]} adds Dog, even where a Dog would
   * also pass for a Cat.
   */
  private static Match byValues(SchemaPair p, Shape c, Set<String> ids, List<Shape> covering,
      List<Set<String>> coveringIds, boolean oldCovered, int[] trials, boolean[] used, boolean[] claimed) {
    Match clean = null;
    for (int j = 0; j < covering.size(); j++) {
      Shape k = covering.get(j);
      if (!java.util.Objects.equals(c.types, k.types) && !overlaps(c, k)) {
        continue;
      }
      if (claimed[j] && conflicting(ids, coveringIds.get(j))) {
        continue;
      }
      if (trials[0]++ > MAX_TRIALS) {
        break;
      }
      SchemaResult d = trial(p, c, k, oldCovered);
      if (!d.breaksOldClients() && (clean == null || (used[clean.index()] && !used[j])
          || (used[clean.index()] == used[j] && d.size(50) < clean.result().size(50)))) {
        clean = new Match(j, d);
      }
    }
    return clean;
  }

  /** The one covering variant not yet taken that has the same type as {@code c} and is not known by another name. */
  private static Match onlyCounterpart(SchemaPair p, Shape c, Set<String> ids, List<Shape> covering,
      List<Set<String>> coveringIds, boolean oldCovered, boolean[] used) {
    int found = -1;
    for (int j = 0; j < covering.size(); j++) {
      if (used[j] || !java.util.Objects.equals(c.types, covering.get(j).types)) {
        continue;
      }
      if (found >= 0) {
        return null;
      }
      found = j;
    }
    if (found < 0 || conflicting(ids, coveringIds.get(found))) {
      return null;
    }
    return new Match(found, trial(p, c, covering.get(found), oldCovered));
  }

  /** Whether two variants are known by different names or discriminator values: then they are different variants. */
  private static boolean conflicting(Set<String> a, Set<String> b) {
    for (String kind : List.of("name:", "value:")) {
      boolean inA = a.stream().anyMatch(x -> x.startsWith(kind));
      boolean inB = b.stream().anyMatch(x -> x.startsWith(kind));
      if (inA && inB) {
        return true;
      }
    }
    return false;
  }

  /** Among variants known by the same name, the one with the fewest breaking changes. */
  private static Match best(SchemaPair p, Shape c, List<Shape> covering, List<Integer> candidates, boolean oldCovered,
      int[] trials) {
    Match best = null;
    int bestBreaks = Integer.MAX_VALUE;
    for (int j : candidates) {
      trials[0]++;
      SchemaResult d = trial(p, c, covering.get(j), oldCovered);
      int b = d.breaksOldClients() ? 1 + d.size(50) : d.size(50) > 0 ? 1 : 0;
      if (b < bestBreaks) {
        best = new Match(j, d);
        bestBreaks = b;
      }
    }
    return best;
  }

  private static SchemaResult trial(SchemaPair p, Shape c, Shape k, boolean oldCovered) {
    return oldCovered ? p.trial(c, k) : p.trial(k, c);
  }

  private static boolean overlaps(Shape a, Shape b) {
    if (a.types == null || b.types == null) {
      return true;
    }
    for (String t : a.types) {
      if (TypeRules.admits(b, t)) {
        return true;
      }
    }
    return false;
  }

  /** What each variant is known by: its component name, title, and the discriminator values that select it. */
  private static List<Set<String>> identities(SchemaPair p, List<Shape> variants, boolean old) {
    List<Set<String>> out = new ArrayList<>();
    for (Shape v : variants) {
      Set<String> ids = new HashSet<>();
      v.componentName().ifPresent(x -> ids.add("name:" + x));
      // An inline variant that stayed where it was (same file name, same pointer) is the same
      // variant; the root documents of the two versions are the same file whatever their names.
      if (v.componentName().isEmpty()) {
        String file = v.anchor.file().equals(v.anchor.document().root()) ? "" : v.anchor.file().name();
        ids.add("at:" + file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf(':')) + 1) + "#" + v.anchor.pointer());
      }
      v.title.ifPresent(x -> ids.add("title:" + x));
      v.discriminator.ifPresent(d -> {
        for (var e : d.mapping().entrySet()) {
          if (e.getValue().id().equals(v.anchor.toString())) {
            ids.add("value:" + e.getKey());
          }
        }
        List<SchemaView> prop = v.properties.get(d.propertyName());
        if (prop != null) {
          Shape ps = old ? p.oldShapeOf(prop, v.anchor) : p.newShapeOf(prop, v.anchor);
          if (ps.enumValues != null && ps.enumValues.size() == 1) {
            ids.add("value:" + ps.enumValues.keySet().iterator().next().replaceAll("^\"|\"$", ""));
          }
        }
        if (d.mapping().isEmpty()) {
          v.componentName().ifPresent(x -> ids.add("value:" + x));
        }
      });
      out.add(ids);
    }
    return out;
  }

  static String label(Shape v, int index) {
    Optional<String> name = v.componentName().or(() -> v.title);
    return name.orElse(Integer.toString(index));
  }
}
