package dev.charter.compat.schema;

import dev.charter.compat.Effect;
import java.util.List;

/** {@code minLength} and {@code maxLength} of strings. */
final class StringLengthCheck implements SchemaCheck {
  static final SchemaKind MAX_DECREASED = SchemaKind.of("max-length-decreased", Effect.NARROWED,
      "maxLength was lowered or set", StringLengthCheck.class);
  static final SchemaKind MAX_INCREASED = SchemaKind.of("max-length-increased", Effect.WIDENED,
      "maxLength was raised or removed", StringLengthCheck.class);
  static final SchemaKind MIN_INCREASED = SchemaKind.of("min-length-increased", Effect.NARROWED,
      "minLength was raised or set", StringLengthCheck.class);
  static final SchemaKind MIN_DECREASED = SchemaKind.of("min-length-decreased", Effect.WIDENED,
      "minLength was lowered or removed", StringLengthCheck.class);
  private static final CountBounds.Kinds KINDS =
      new CountBounds.Kinds(MAX_DECREASED, MAX_INCREASED, MIN_INCREASED, MIN_DECREASED);

  @Override
  public List<SchemaKind> kinds() {
    return List.of(MAX_DECREASED, MAX_INCREASED, MIN_INCREASED, MIN_DECREASED);
  }

  @Override
  public void compare(SchemaPair p) {
    if (TypeRules.both(p, "string")) {
      CountBounds.compare(p, KINDS, "minLength", "maxLength", p.oldShape().minLength, p.newShape().minLength,
          p.oldShape().maxLength, p.newShape().maxLength);
    }
  }
}
