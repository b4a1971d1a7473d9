package dev.charter.compat.schema;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The changes between one pair of schemas: those found at the pair itself, and links to the results
 * of the subschema pairs under it. Results are shared, not copied: a schema reached along a hundred
 * paths (or recursively, along a cycle) has one result, linked a hundred times, and is reported
 * once, at the first path that reaches it. That keeps a comparison of huge, deeply shared schemas
 * (Stripe's) linear in the number of schema pairs instead of in the number of paths.
 */
public final class SchemaResult {
  private final List<SchemaDelta> own = new ArrayList<>();
  private final List<Link> links = new ArrayList<>();
  private boolean sealed;
  private Boolean breaks;

  private record Link(String path, SchemaResult result) {}

  void add(SchemaDelta delta) {
    own.add(delta);
  }

  void link(String path, SchemaResult result) {
    if (result != this && (!result.sealed || !result.isEmpty())) {
      links.add(new Link(path, result));
    }
  }

  void seal() {
    sealed = true;
  }

  private boolean isEmpty() {
    return own.isEmpty() && links.isEmpty();
  }

  /** Every change, each reachable result once, at the shortest path from this pair. */
  public List<SchemaDelta> deltas() {
    List<SchemaDelta> out = new ArrayList<>();
    Set<SchemaResult> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    ArrayDeque<Link> queue = new ArrayDeque<>();
    queue.add(new Link("", this));
    seen.add(this);
    while (!queue.isEmpty()) {
      Link at = queue.poll();
      for (SchemaDelta d : at.result().own) {
        out.add(at.path().isEmpty() ? d : d.under(at.path()));
      }
      for (Link l : at.result().links) {
        if (seen.add(l.result())) {
          queue.add(new Link(at.path() + l.path(), l.result()));
        }
      }
    }
    return out;
  }

  /** Whether any change, here or below, breaks clients of the old contract. */
  public boolean breaksOldClients() {
    if (breaks != null) {
      return breaks;
    }
    boolean b = anyBreaks(Collections.newSetFromMap(new IdentityHashMap<>()));
    if (sealed) {
      breaks = b;
    }
    return b;
  }

  private boolean anyBreaks(Set<SchemaResult> seen) {
    if (!seen.add(this)) {
      return false;
    }
    for (SchemaDelta d : own) {
      if (d.judgement().breaksOldClients()) {
        return true;
      }
    }
    for (Link l : links) {
      if (l.result().anyBreaks(seen)) {
        return true;
      }
    }
    return false;
  }

  /** How many changes there are, here and below, counting up to {@code limit}. */
  public int size(int limit) {
    return count(Collections.newSetFromMap(new IdentityHashMap<>()), limit);
  }

  private int count(Set<SchemaResult> seen, int limit) {
    if (!seen.add(this)) {
      return 0;
    }
    int n = own.size();
    for (Link l : links) {
      if (n >= limit) {
        break;
      }
      n += l.result().count(seen, limit - n);
    }
    return n;
  }
}
