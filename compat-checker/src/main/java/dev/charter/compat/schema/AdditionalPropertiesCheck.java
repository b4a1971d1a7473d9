package dev.charter.compat.schema;

import dev.charter.compat.Effect;
import java.util.List;

/** Whether an object admits properties it does not declare, and what they must be (maps). */
final class AdditionalPropertiesCheck implements SchemaCheck {
  static final SchemaKind CLOSED = SchemaKind.of("additional-properties-closed", Effect.NARROWED,
      "the object no longer admits undeclared properties (additionalProperties: false)", AdditionalPropertiesCheck.class);
  static final SchemaKind OPENED = SchemaKind.of("additional-properties-opened", Effect.WIDENED,
      "the object now admits undeclared properties", AdditionalPropertiesCheck.class);

  @Override
  public List<SchemaKind> kinds() {
    return List.of(CLOSED, OPENED);
  }

  @Override
  public void compare(SchemaPair p) {
    if (!TypeRules.both(p, "object")) {
      return;
    }
    Shape o = p.oldShape();
    Shape n = p.newShape();
    if (!o.closed && n.closed) {
      p.emit(CLOSED, Effect.NARROWED, "additionalProperties",
          "undeclared properties are no longer allowed (additionalProperties: false)");
    } else if (o.closed && !n.closed) {
      p.emit(OPENED, Effect.WIDENED, "additionalProperties",
          "undeclared properties are now allowed");
    } else if (!o.closed && (!o.additional.isEmpty() || !n.additional.isEmpty())) {
      p.recurse(p.oldShapeOf(o.additional, o.at("additionalProperties")),
          p.newShapeOf(n.additional, n.at("additionalProperties")), "/additionalProperties");
    }
  }
}
