package dev.charter.compat.security;

import dev.charter.compat.Bump;
import dev.charter.compat.ChangeSink;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.Check;
import dev.charter.compat.Judgement;
import dev.charter.core.model.SecurityRequirement;
import dev.charter.core.spec.SpecNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The security an operation needs: a list of alternatives, each a set of schemes with the scopes
 * each needs. A client that satisfied an old alternative must satisfy a new one: it may need fewer
 * schemes or scopes, never more. Schemes are known by their definition, so renaming a scheme in
 * {@code components} is no change (definitions that change under one name are the security-scheme-changed
 * check's).
 */
public final class SecurityCheck implements Check {
  static final ChangeKind REQUIREMENT_ADDED = ChangeKind.of("security-requirement-added", Bump.MAJOR,
      "authentication, or another scheme, is now required", SecurityCheck.class);
  static final ChangeKind SCOPE_ADDED = ChangeKind.of("security-scope-added", Bump.MAJOR,
      "a scope is now required", SecurityCheck.class);
  static final ChangeKind ALTERNATIVE_REMOVED = ChangeKind.of("security-alternative-removed", Bump.MAJOR,
      "a way to authenticate is no longer accepted", SecurityCheck.class);
  static final ChangeKind ALTERNATIVE_ADDED = ChangeKind.of("security-alternative-added", Bump.MINOR,
      "a new way to authenticate is accepted", SecurityCheck.class);
  static final ChangeKind SCOPE_REMOVED = ChangeKind.of("security-scope-removed", Bump.MINOR,
      "a scope is no longer required", SecurityCheck.class);
  static final ChangeKind REQUIREMENT_REMOVED = ChangeKind.of("security-requirement-removed", Bump.MINOR,
      "authentication is no longer required", SecurityCheck.class);

  @Override
  public List<ChangeKind> kinds() {
    return List.of(REQUIREMENT_ADDED, SCOPE_ADDED, ALTERNATIVE_REMOVED, ALTERNATIVE_ADDED, SCOPE_REMOVED,
        REQUIREMENT_REMOVED);
  }

  /**
   * Compares two lists of security alternatives, each a map from scheme (by name, or by anything
   * that identifies it the same way in both versions) to the scopes it needs; an empty list means
   * no security.
   */
  public void check(ChangeSink sink, String subject, List<Map<String, Set<String>>> oldAlternatives,
      List<Map<String, Set<String>>> newAlternatives, SpecNode oldAt, SpecNode newAt) {
    List<Map<String, Set<String>>> o = normalise(oldAlternatives);
    List<Map<String, Set<String>>> n = normalise(newAlternatives);
    if (o.equals(n)) {
      return;
    }
    boolean oldAnonymousOnly = o.stream().allMatch(Map::isEmpty);
    for (Map<String, Set<String>> a : o) {
      if (n.stream().anyMatch(b -> within(b, a))) {
        for (Map<String, Set<String>> b : n) {
          if (b.keySet().equals(a.keySet()) && !b.equals(a) && within(b, a)) {
            sink.add(SCOPE_REMOVED.id(), Judgement.addition(), subject, "scopes " + missing(a, b)
                + " no longer required", oldAt, newAt);
          }
        }
        continue;
      }
      if (a.isEmpty()) {
        sink.add(REQUIREMENT_ADDED.id(), Judgement.breaking(), subject, "authentication is now required ("
            + describe(n) + ")", oldAt, newAt);
        continue;
      }
      Map<String, Set<String>> sameSchemes = n.stream().filter(b -> b.keySet().equals(a.keySet())).findFirst().orElse(null);
      if (sameSchemes != null) {
        sink.add(SCOPE_ADDED.id(), Judgement.breaking(), subject, "scopes " + missing(sameSchemes, a)
            + " now required", oldAt, newAt);
        continue;
      }
      Map<String, Set<String>> more = n.stream().filter(b -> b.keySet().containsAll(a.keySet())).findFirst().orElse(null);
      if (more != null) {
        Set<String> extra = new TreeSet<>(more.keySet());
        extra.removeAll(a.keySet());
        sink.add(REQUIREMENT_ADDED.id(), Judgement.breaking(), subject, "security scheme " + quoted(extra)
            + " now also required with " + quoted(a.keySet()), oldAt, newAt);
        continue;
      }
      sink.add(ALTERNATIVE_REMOVED.id(), Judgement.breaking(), subject, "authenticating with " + quoted(a.keySet())
          + " is no longer accepted (now: " + describe(n) + ")", oldAt, newAt);
    }
    for (Map<String, Set<String>> b : n) {
      if (o.stream().anyMatch(a -> a.keySet().equals(b.keySet()))) {
        continue;
      }
      if (b.isEmpty()) {
        sink.add(REQUIREMENT_REMOVED.id(), Judgement.addition(), subject, "authentication is no longer required",
            oldAt, newAt);
      } else if (!oldAnonymousOnly) {
        sink.add(ALTERNATIVE_ADDED.id(), Judgement.addition(), subject, "authenticating with " + quoted(b.keySet())
            + " is now accepted", oldAt, newAt);
      }
    }
  }

  /** Whether a client satisfying {@code have} satisfies {@code need}. */
  private static boolean within(Map<String, Set<String>> need, Map<String, Set<String>> have) {
    for (Map.Entry<String, Set<String>> e : need.entrySet()) {
      Set<String> scopes = have.get(e.getKey());
      if (scopes == null || !scopes.containsAll(e.getValue())) {
        return false;
      }
    }
    return true;
  }

  /** The alternatives of OpenAPI security requirements, scheme names mapped through {@code aliases}. */
  public static List<Map<String, Set<String>>> alternatives(List<SecurityRequirement> reqs, Map<String, String> aliases) {
    List<Map<String, Set<String>>> out = new ArrayList<>();
    for (SecurityRequirement r : reqs) {
      Map<String, Set<String>> alt = new LinkedHashMap<>();
      r.schemes().forEach((name, scopes) -> alt.put(aliases.getOrDefault(name, name), new TreeSet<>(scopes)));
      out.add(alt);
    }
    return out;
  }

  private static List<Map<String, Set<String>>> normalise(List<Map<String, Set<String>>> alternatives) {
    List<Map<String, Set<String>>> out = new ArrayList<>();
    for (Map<String, Set<String>> a : alternatives) {
      Map<String, Set<String>> copy = new java.util.TreeMap<>();
      a.forEach((k, v) -> copy.put(k, new TreeSet<>(v)));
      if (!out.contains(copy)) {
        out.add(copy);
      }
    }
    if (out.isEmpty()) {
      out.add(Map.of());
    }
    return out;
  }

  private static String missing(Map<String, Set<String>> more, Map<String, Set<String>> less) {
    Set<String> out = new LinkedHashSet<>();
    more.forEach((scheme, scopes) -> scopes.stream().filter(s -> !less.getOrDefault(scheme, Set.of()).contains(s))
        .forEach(s -> out.add(s + " (" + scheme + ")")));
    return quoted(out);
  }

  private static String describe(List<Map<String, Set<String>>> alts) {
    List<String> out = new ArrayList<>();
    for (Map<String, Set<String>> a : alts) {
      out.add(a.isEmpty() ? "none" : String.join(" + ", a.keySet()));
    }
    return String.join(" or ", out);
  }

  private static String quoted(Set<String> names) {
    return String.join(", ", names.stream().map(x -> "'" + x + "'").toList());
  }
}
