package dev.charter.compat.schema;

import dev.charter.compat.Effect;

/** {@code minProperties} and {@code maxProperties} of objects. */
final class PropertyCountCheck extends CountBoundsCheck {
  static final SchemaKind MAX_DECREASED = SchemaKind.of("max-properties-decreased", Effect.NARROWED,
      "maxProperties was lowered or set", PropertyCountCheck.class);
  static final SchemaKind MAX_INCREASED = SchemaKind.of("max-properties-increased", Effect.WIDENED,
      "maxProperties was raised or removed", PropertyCountCheck.class);
  static final SchemaKind MIN_INCREASED = SchemaKind.of("min-properties-increased", Effect.NARROWED,
      "minProperties was raised or set", PropertyCountCheck.class);
  static final SchemaKind MIN_DECREASED = SchemaKind.of("min-properties-decreased", Effect.WIDENED,
      "minProperties was lowered or removed", PropertyCountCheck.class);

  PropertyCountCheck() {
    super("object", "minProperties", "maxProperties", s -> s.minProperties, s -> s.maxProperties, MAX_DECREASED, MAX_INCREASED, MIN_INCREASED, MIN_DECREASED);
  }
}
