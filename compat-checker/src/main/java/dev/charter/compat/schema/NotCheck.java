package dev.charter.compat.schema;

import dev.charter.compat.Effect;
import java.util.List;

/**
 * {@code not}: values the schema excludes. Excluding more admits fewer, so the excluded schemas
 * are compared in the opposite direction.
 */
final class NotCheck implements SchemaCheck {
  static final SchemaKind ADDED = SchemaKind.of("not-added", Effect.NARROWED,
      "values matching a schema are now excluded (not)", NotCheck.class);
  static final SchemaKind REMOVED = SchemaKind.of("not-removed", Effect.WIDENED,
      "values matching a schema are no longer excluded (not)", NotCheck.class);

  @Override
  public List<SchemaKind> kinds() {
    return List.of(ADDED, REMOVED);
  }

  @Override
  public void compare(SchemaPair p) {
    Shape o = p.oldShape();
    Shape n = p.newShape();
    if (o.not.isEmpty() && n.not.isEmpty()) {
      return;
    }
    if (o.not.isEmpty()) {
      p.emit(ADDED, Effect.NARROWED, "not", "values matching a 'not' schema are now excluded");
    } else if (n.not.isEmpty()) {
      p.emit(REMOVED, Effect.WIDENED, "not", "the 'not' schema was removed");
    } else {
      p.recurse(p.oldShapeOf(o.not, o.at("not")), p.newShapeOf(n.not, n.at("not")), "/not", p.direction().flip());
    }
  }
}
