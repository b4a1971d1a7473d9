package dev.charter.compat.schema;

import dev.charter.compat.Effect;
import java.util.List;

/** {@code minItems} and {@code maxItems} of arrays. */
final class ItemCountCheck implements SchemaCheck {
  static final SchemaKind MAX_DECREASED = SchemaKind.of("max-items-decreased", Effect.NARROWED,
      "maxItems was lowered or set", ItemCountCheck.class);
  static final SchemaKind MAX_INCREASED = SchemaKind.of("max-items-increased", Effect.WIDENED,
      "maxItems was raised or removed", ItemCountCheck.class);
  static final SchemaKind MIN_INCREASED = SchemaKind.of("min-items-increased", Effect.NARROWED,
      "minItems was raised or set", ItemCountCheck.class);
  static final SchemaKind MIN_DECREASED = SchemaKind.of("min-items-decreased", Effect.WIDENED,
      "minItems was lowered or removed", ItemCountCheck.class);
  private static final CountBounds.Kinds KINDS =
      new CountBounds.Kinds(MAX_DECREASED, MAX_INCREASED, MIN_INCREASED, MIN_DECREASED);

  @Override
  public List<SchemaKind> kinds() {
    return List.of(MAX_DECREASED, MAX_INCREASED, MIN_INCREASED, MIN_DECREASED);
  }

  @Override
  public void compare(SchemaPair p) {
    if (TypeRules.both(p, "array")) {
      CountBounds.compare(p, KINDS, "minItems", "maxItems", p.oldShape().minItems, p.newShape().minItems,
          p.oldShape().maxItems, p.newShape().maxItems);
    }
  }
}
