package dev.charter.compat.schema;

import dev.charter.compat.Effect;
import java.util.List;

/**
 * Whether {@code null} is admitted, however it is said: {@code nullable: true} (3.0), {@code
 * x-nullable} (2.0), a {@code "null"} type (3.1, AsyncAPI), a {@code null} variant of a union or a
 * {@code null} enum value.
 */
final class NullabilityCheck implements SchemaCheck {
  static final SchemaKind BECAME_NULLABLE = SchemaKind.of("became-nullable", Effect.WIDENED,
      "null became a valid value", NullabilityCheck.class);
  static final SchemaKind BECAME_NOT_NULLABLE = SchemaKind.of("became-not-nullable", Effect.NARROWED,
      "null is no longer a valid value", NullabilityCheck.class);

  @Override
  public List<SchemaKind> kinds() {
    return List.of(BECAME_NULLABLE, BECAME_NOT_NULLABLE);
  }

  @Override
  public boolean appliesToUnions() {
    return true;
  }

  @Override
  public boolean appliesToDisjointTypes() {
    return true;
  }

  @Override
  public void compare(SchemaPair p) {
    Shape o = p.oldShape();
    Shape n = p.newShape();
    // A schema admitting any type admits null too; the type check says what changed.
    if ((!o.isUnion() && o.types == null) || (!n.isUnion() && n.types == null)) {
      return;
    }
    if (o.admitsNothing() || n.admitsNothing() || o.nullable == n.nullable) {
      return;
    }
    if (n.nullable) {
      p.emit(BECAME_NULLABLE, Effect.WIDENED, "nullable", "became nullable");
    } else {
      p.emit(BECAME_NOT_NULLABLE, Effect.NARROWED, "nullable", "is no longer nullable");
    }
  }
}
