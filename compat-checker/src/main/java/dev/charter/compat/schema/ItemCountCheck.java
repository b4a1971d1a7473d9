package dev.charter.compat.schema;

import dev.charter.compat.Effect;

/** {@code minItems} and {@code maxItems} of arrays. */
final class ItemCountCheck extends CountBoundsCheck {
  static final SchemaKind MAX_DECREASED = SchemaKind.of("max-items-decreased", Effect.NARROWED,
      "maxItems was lowered or set", ItemCountCheck.class);
  static final SchemaKind MAX_INCREASED = SchemaKind.of("max-items-increased", Effect.WIDENED,
      "maxItems was raised or removed", ItemCountCheck.class);
  static final SchemaKind MIN_INCREASED = SchemaKind.of("min-items-increased", Effect.NARROWED,
      "minItems was raised or set", ItemCountCheck.class);
  static final SchemaKind MIN_DECREASED = SchemaKind.of("min-items-decreased", Effect.WIDENED,
      "minItems was lowered or removed", ItemCountCheck.class);

  ItemCountCheck() {
    super("array", "minItems", "maxItems", s -> s.minItems, s -> s.maxItems, MAX_DECREASED, MAX_INCREASED, MIN_INCREASED, MIN_DECREASED);
  }
}
