package dev.charter.compat.schema;

import dev.charter.compat.Effect;
import java.util.List;

/** {@code minProperties} and {@code maxProperties} of objects. */
final class PropertyCountCheck implements SchemaCheck {
  static final SchemaKind MAX_DECREASED = SchemaKind.of("max-properties-decreased", Effect.NARROWED,
      "maxProperties was lowered or set", PropertyCountCheck.class);
  static final SchemaKind MAX_INCREASED = SchemaKind.of("max-properties-increased", Effect.WIDENED,
      "maxProperties was raised or removed", PropertyCountCheck.class);
  static final SchemaKind MIN_INCREASED = SchemaKind.of("min-properties-increased", Effect.NARROWED,
      "minProperties was raised or set", PropertyCountCheck.class);
  static final SchemaKind MIN_DECREASED = SchemaKind.of("min-properties-decreased", Effect.WIDENED,
      "minProperties was lowered or removed", PropertyCountCheck.class);
  private static final CountBounds.Kinds KINDS =
      new CountBounds.Kinds(MAX_DECREASED, MAX_INCREASED, MIN_INCREASED, MIN_DECREASED);

  @Override
  public List<SchemaKind> kinds() {
    return List.of(MAX_DECREASED, MAX_INCREASED, MIN_INCREASED, MIN_DECREASED);
  }

  @Override
  public void compare(SchemaPair p) {
    if (TypeRules.both(p, "object")) {
      CountBounds.compare(p, KINDS, "minProperties", "maxProperties", p.oldShape().minProperties,
          p.newShape().minProperties, p.oldShape().maxProperties, p.newShape().maxProperties);
    }
  }
}
