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

  /** The way from the compared pair down to a change: segments joined only when asked for. */
  public static final class Path {
    private static final Path ROOT = new Path(null, "", 0);
    private final Path parent;
    private final String segment;
    private final int depth;

    private Path(Path parent, String segment, int depth) {
      this.parent = parent;
      this.segment = segment;
      this.depth = depth;
    }

    /** How many schema levels down (a property, an item, a variant each count one). */
    public int depth() {
      return depth;
    }

    public String text() {
      if (parent == null) {
        return "";
      }
      StringBuilder sb = new StringBuilder();
      List<String> parts = new ArrayList<>();
      for (Path p = this; p.parent != null; p = p.parent) {
        parts.add(p.segment);
      }
      for (int k = parts.size() - 1; k >= 0; k--) {
        sb.append(parts.get(k));
      }
      return sb.toString();
    }
  }

  /** Receives each change with the way to it. */
  public interface Visitor {
    void visit(SchemaDelta delta, Path path);
  }

  /**
   * Visits every change reachable from here, breadth first so each result is met at its shortest
   * path, once; parts of the graph with no change at all are not entered.
   */
  public void walk(Visitor visitor) {
    Set<SchemaResult> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    ArrayDeque<SchemaResult> results = new ArrayDeque<>();
    ArrayDeque<Path> paths = new ArrayDeque<>();
    results.add(this);
    paths.add(Path.ROOT);
    seen.add(this);
    while (!results.isEmpty()) {
      SchemaResult at = results.poll();
      Path path = paths.poll();
      for (SchemaDelta d : at.own) {
        visitor.visit(d, path);
      }
      for (Link l : at.links) {
        if (!l.result().empty() && seen.add(l.result())) {
          results.add(l.result());
          paths.add(new Path(path, l.path(), path.depth + 1));
        }
      }
    }
  }

  private Boolean empty;

  /** Whether there is no change here or anywhere below. */
  public boolean empty() {
    if (empty != null) {
      return empty;
    }
    boolean e = !anyChange(Collections.newSetFromMap(new IdentityHashMap<>()));
    if (sealed) {
      empty = e;
    }
    return e;
  }

  private boolean anyChange(Set<SchemaResult> seen) {
    if (!seen.add(this)) {
      return false;
    }
    if (empty != null) {
      return !empty;
    }
    if (!own.isEmpty()) {
      return true;
    }
    for (Link l : links) {
      if (l.result().anyChange(seen)) {
        return true;
      }
    }
    return false;
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
