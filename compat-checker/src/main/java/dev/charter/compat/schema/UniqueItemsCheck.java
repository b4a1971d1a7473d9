package dev.charter.compat.schema;

import dev.charter.compat.Effect;
import java.util.List;

/** {@code uniqueItems} of arrays. */
final class UniqueItemsCheck implements SchemaCheck {
  static final SchemaKind ADDED = SchemaKind.of("unique-items-added", Effect.NARROWED,
      "array items must now be unique", UniqueItemsCheck.class);
  static final SchemaKind REMOVED = SchemaKind.of("unique-items-removed", Effect.WIDENED,
      "array items no longer need to be unique", UniqueItemsCheck.class);

  @Override
  public List<SchemaKind> kinds() {
    return List.of(ADDED, REMOVED);
  }

  @Override
  public void compare(SchemaPair p) {
    Shape o = p.oldShape();
    Shape n = p.newShape();
    if (!TypeRules.both(p, "array") || o.uniqueItems == n.uniqueItems) {
      return;
    }
    if (n.uniqueItems) {
      p.emit(ADDED, Effect.NARROWED, "uniqueItems", "items must now be unique");
    } else {
      p.emit(REMOVED, Effect.WIDENED, "uniqueItems", "items no longer need to be unique");
    }
  }
}
