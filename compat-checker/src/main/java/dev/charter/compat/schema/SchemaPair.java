package dev.charter.compat.schema;

import dev.charter.compat.Direction;
import dev.charter.compat.Effect;
import dev.charter.compat.Judgement;
import dev.charter.core.model.SchemaView;
import dev.charter.core.spec.SpecNode;
import java.util.List;

/** The old and new shape at one position, the direction data flows there, and where changes go. */
public final class SchemaPair {
  private final Shape oldShape;
  private final Shape newShape;
  private final Direction direction;
  private final boolean text;
  private final SchemaComparison comparison;
  private final SchemaResult out;

  SchemaPair(Shape oldShape, Shape newShape, Direction direction, boolean text, SchemaComparison comparison,
      SchemaResult out) {
    this.oldShape = oldShape;
    this.newShape = newShape;
    this.direction = direction;
    this.text = text;
    this.comparison = comparison;
    this.out = out;
  }

  public Shape oldShape() {
    return oldShape;
  }

  public Shape newShape() {
    return newShape;
  }

  public Direction direction() {
    return direction;
  }

  /** Whether the values travel as text (parameters, headers): compared by the strings they accept. */
  public boolean text() {
    return text;
  }

  public boolean input() {
    return direction == Direction.INPUT;
  }

  /** Reports a change whose judgement follows from how it moves the admitted values. */
  public void emit(SchemaKind kind, Effect effect, SpecNode oldNode, SpecNode newNode, String message) {
    emit(kind, Judgement.of(effect, direction), oldNode, newNode, message);
  }

  /**
   * Reports a change of one keyword, at the keyword on each side; a side without the keyword shows
   * the schema itself.
   */
  public void emit(SchemaKind kind, Effect effect, String keyword, String message) {
    emit(kind, effect, oldShape.at(keyword), newShape.at(keyword), message);
  }

  public void emit(SchemaKind kind, Judgement judgement, SpecNode oldNode, SpecNode newNode, String message) {
    out.add(new SchemaDelta(kind, judgement, "", message, oldNode, newNode));
  }

  /** Compares two subschemas and reports their changes under {@code path}. */
  public void recurse(Shape o, Shape n, String path) {
    recurse(o, n, path, direction);
  }

  public void recurse(Shape o, Shape n, String path, Direction d) {
    out.link(path, comparison.compare(o, n, d, text));
  }

  /** The changes between two subschemas, not yet reported: for choosing among candidates. */
  public SchemaResult trial(Shape o, Shape n) {
    return comparison.compare(o, n, direction, text);
  }

  /** Reports a result obtained by {@link #trial} under {@code path}. */
  public void adopt(SchemaResult result, String path) {
    out.link(path, result);
  }

  /** The shape of subschema views of the old document; {@code anchor} stands in when there are none. */
  public Shape oldShapeOf(List<SchemaView> views, SpecNode anchor) {
    return views.isEmpty() ? comparison.oldShapes().any(anchor) : comparison.oldShapes().of(views);
  }

  public Shape newShapeOf(List<SchemaView> views, SpecNode anchor) {
    return views.isEmpty() ? comparison.newShapes().any(anchor) : comparison.newShapes().of(views);
  }

  /** As {@link #oldShapeOf(List, SpecNode)}, with the documentation written beside a {@code $ref} at {@code written}. */
  public Shape oldShapeOf(List<SchemaView> views, SpecNode anchor, SpecNode written) {
    Shape s = oldShapeOf(views, anchor);
    return views.size() == 1 ? comparison.oldShapes().documented(s, views.get(0), written) : s;
  }

  public Shape newShapeOf(List<SchemaView> views, SpecNode anchor, SpecNode written) {
    Shape s = newShapeOf(views, anchor);
    return views.size() == 1 ? comparison.newShapes().documented(s, views.get(0), written) : s;
  }
}
