package dev.charter.compat.schema;

import dev.charter.compat.Effect;

/** {@code minLength} and {@code maxLength} of strings. */
final class StringLengthCheck extends CountBoundsCheck {
  static final SchemaKind MAX_DECREASED = SchemaKind.of("max-length-decreased", Effect.NARROWED,
      "maxLength was lowered or set", StringLengthCheck.class);
  static final SchemaKind MAX_INCREASED = SchemaKind.of("max-length-increased", Effect.WIDENED,
      "maxLength was raised or removed", StringLengthCheck.class);
  static final SchemaKind MIN_INCREASED = SchemaKind.of("min-length-increased", Effect.NARROWED,
      "minLength was raised or set", StringLengthCheck.class);
  static final SchemaKind MIN_DECREASED = SchemaKind.of("min-length-decreased", Effect.WIDENED,
      "minLength was lowered or removed", StringLengthCheck.class);

  StringLengthCheck() {
    super("string", "minLength", "maxLength", s -> s.minLength, s -> s.maxLength, MAX_DECREASED, MAX_INCREASED, MIN_INCREASED, MIN_DECREASED);
  }
}
