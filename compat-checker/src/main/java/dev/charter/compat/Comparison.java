package dev.charter.compat;

import dev.charter.compat.schema.SchemaComparison;
import dev.charter.compat.schema.SchemaDelta;
import dev.charter.compat.schema.SchemaResult;
import dev.charter.compat.schema.SchemaDocumentationCheck;
import dev.charter.compat.schema.Shapes;
import dev.charter.core.model.SchemaView;
import dev.charter.core.spec.SpecNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every check of one comparison shares, whatever the spec family: where changes go, the
 * schema comparison with its memory, the deprecation policy, and the documentation changes
 * gathered per operation so that each operation has at most one {@code documentation-changed}.
 */
public final class Comparison {
  /** The id under which documentation changes are reported. */
  public static final String DOCUMENTATION_CHANGED = "documentation-changed";

  private final ChangeSink sink;
  private final SchemaComparison schemas;
  private final PlannedRemovals removals;
  private final Map<String, Docs> docs = new LinkedHashMap<>();
  /** Schema changes by what they are (kind, nodes, message): each is reported once, where it is shallowest. */
  private final Map<String, Occurrence> schemaChanges = new LinkedHashMap<>();

  /** Each change object met, by prefix: the same object is reached through every operation sharing its schema. */
  private final Map<SchemaDelta, Map<String, Occurrence>> seenDeltas = new java.util.IdentityHashMap<>();

  /** Where a schema change was met: the shallowest place so far, and every operation that reaches it. */
  private static final class Occurrence {
    final SchemaDelta delta;
    final String prefix;
    String subject;
    String where;
    SchemaResult.Path path;
    final java.util.Set<String> subjects = new java.util.LinkedHashSet<>();

    Occurrence(SchemaDelta delta, String prefix, String subject, String where, SchemaResult.Path path) {
      this.delta = delta;
      this.prefix = prefix;
      this.subject = subject;
      this.where = where;
      this.path = path;
    }

    String at() {
      String p = path.text() + delta.path();
      return p.isEmpty() ? where : where + " " + p;
    }
  }

  public Comparison(ChangeSink sink, PlannedRemovals removals) {
    this.sink = sink;
    this.schemas = new SchemaComparison(new Shapes(), new Shapes());
    this.removals = removals;
  }

  public ChangeSink sink() {
    return sink;
  }

  public SchemaComparison schemas() {
    return schemas;
  }

  public PlannedRemovals removals() {
    return removals;
  }

  /** Documentation changes of one subject, reported as one change. */
  private static final class Docs {
    final List<String> what = new ArrayList<>();
    SpecNode oldNode;
    SpecNode newNode;
  }

  public void documentation(String subject, String what, SpecNode oldNode, SpecNode newNode) {
    Docs d = docs.computeIfAbsent(subject, k -> new Docs());
    if (d.oldNode == null) {
      d.oldNode = oldNode;
      d.newNode = newNode;
    }
    if (!d.what.contains(what)) {
      d.what.add(what);
    }
  }

  private void flushDocumentation() {
    for (Map.Entry<String, Docs> e : docs.entrySet()) {
      List<String> what = e.getValue().what;
      String text = what.size() <= 4 ? String.join("; ", what)
          : String.join("; ", what.subList(0, 4)) + "; and " + (what.size() - 4) + " more";
      sink.add(DOCUMENTATION_CHANGED, Judgement.harmless(Bump.PATCH), e.getKey(), "documentation changed: " + text,
          e.getValue().oldNode, e.getValue().newNode);
    }
    docs.clear();
  }

  /**
   * Compares two schemas in {@code direction} and reports each change under {@code prefix}
   * ({@code request}, {@code response}, {@code message}), described as being in {@code where}. A
   * missing schema admits anything.
   */
  public void schema(String subject, String prefix, String where, Optional<SchemaView> oldSchema,
      Optional<SchemaView> newSchema, Direction direction, SpecNode oldOwner, SpecNode newOwner) {
    if (oldSchema.isEmpty() && newSchema.isEmpty()) {
      return;
    }
    var o = oldSchema.map(s -> schemas.oldShapes().of(s)).orElseGet(() -> schemas.oldShapes().any(oldOwner));
    var n = newSchema.map(s -> schemas.newShapes().of(s)).orElseGet(() -> schemas.newShapes().any(newOwner));
    report(subject, prefix, where, schemas.compare(o, n, direction));
  }

  /**
   * Compares two AsyncAPI header schemas: headers are always a map of names to values, so a
   * message without a headers schema has headers that are any object (not any value at all).
   */
  public void headers(String subject, String where, Optional<SchemaView> oldSchema, Optional<SchemaView> newSchema,
      Direction direction, SpecNode oldOwner, SpecNode newOwner) {
    if (oldSchema.isEmpty() && newSchema.isEmpty()) {
      return;
    }
    var o = oldSchema.map(s -> schemas.oldShapes().of(s)).orElseGet(() -> schemas.oldShapes().anyObject(oldOwner));
    var n = newSchema.map(s -> schemas.newShapes().of(s)).orElseGet(() -> schemas.newShapes().anyObject(newOwner));
    report(subject, "message", where, schemas.compare(o, n, direction));
  }

  private void report(String subject, String prefix, String where, SchemaResult result) {
    result.walk((d, path) -> {
      // The same change object is met again through every operation that shares its schema.
      Map<String, Occurrence> byPrefix = seenDeltas.computeIfAbsent(d, k -> new java.util.HashMap<>(2));
      Occurrence o = byPrefix.get(prefix);
      if (o == null) {
        String key = d.kind().id(prefix) + '\u0000' + d.message() + '\u0000' + d.oldNode() + '\u0000' + d.newNode()
            + '\u0000' + d.judgement();
        o = schemaChanges.get(key);
        if (o == null) {
          o = new Occurrence(d, prefix, subject, where, path);
          schemaChanges.put(key, o);
        }
        byPrefix.put(prefix, o);
      }
      o.subjects.add(subject);
      if (path.depth() < o.path.depth()) {
        o.subject = subject;
        o.where = where;
        o.path = path;
      }
    });
  }

  /** Reports the schema changes gathered, then the documentation changes; call once, at the end. */
  public void finish() {
    for (Occurrence o : schemaChanges.values()) {
      SchemaDelta d = o.delta;
      if (d.kind() == SchemaDocumentationCheck.CHANGED) {
        documentation(o.subject, d.message() + " at " + o.at(), d.oldNode(), d.newNode());
        continue;
      }
      Optional<String> planned = Optional.empty();
      if (d.kind().base().equals("property-removed") || d.kind().base().equals("property-became-write-only")) {
        SpecNode prop = d.oldNode().resolved();
        boolean deprecated = prop.value().path("deprecated").asBoolean(false);
        planned = removals.reason(deprecated, prop.text("x-sunset"), Optional.empty());
      }
      List<String> others = new ArrayList<>(o.subjects);
      others.remove(o.subject);
      sink.add(d.kind().id(o.prefix), d.judgement(), o.subject, o.at() + ": " + d.message(), d.oldNode(), d.newNode(),
          planned, others);
    }
    schemaChanges.clear();
    seenDeltas.clear();
    flushDocumentation();
  }
}
