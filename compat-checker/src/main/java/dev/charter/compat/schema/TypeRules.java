package dev.charter.compat.schema;

import java.util.Set;

/** Inclusion between sets of JSON types, where every integer is also a number. */
final class TypeRules {
  private TypeRules() {}

  /** Whether {@code outer} admits every type {@code inner} does; null is "any type". */
  static boolean includes(Set<String> outer, Set<String> inner) {
    if (outer == null) {
      return true;
    }
    if (inner == null) {
      return false;
    }
    for (String t : inner) {
      if (!outer.contains(t) && !(t.equals("integer") && outer.contains("number"))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a shape with these types can hold a value of {@code type}. */
  static boolean admits(Shape s, String type) {
    if (s.isUnion()) {
      return s.variants.stream().anyMatch(v -> admits(v, type));
    }
    if (s.types == null) {
      return true;
    }
    return s.types.contains(type) || (type.equals("integer") && s.types.contains("number"))
        || (type.equals("number") && s.types.contains("integer"));
  }

  /** Whether both sides can hold a value of {@code type}: only then do its keywords compare. */
  static boolean both(SchemaPair p, String type) {
    return admits(p.oldShape(), type) && admits(p.newShape(), type);
  }

  /** Whether two non-union shapes have no type in common (nothing valid in one is valid in the other). */
  static boolean disjoint(Shape a, Shape b) {
    if (a.types == null || b.types == null || a.types.isEmpty() || b.types.isEmpty()) {
      return false;
    }
    for (String t : a.types) {
      if (admits(b, t)) {
        return false;
      }
    }
    return true;
  }
}
