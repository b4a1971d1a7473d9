package dev.charter.compat.schema;

import dev.charter.compat.Effect;
import java.util.List;
import java.util.Set;

/** The JSON type of a value: {@code type}, inferred from keywords when absent. */
final class TypeCheck implements SchemaCheck {
  static final SchemaKind NARROWED = SchemaKind.of("type-narrowed", Effect.NARROWED,
      "the type admits fewer kinds of value (number became integer, a type left a type list, a type was set where any was allowed)",
      TypeCheck.class);
  static final SchemaKind WIDENED = SchemaKind.of("type-widened", Effect.WIDENED,
      "the type admits more kinds of value (integer became number, a type joined a type list, the type was dropped)",
      TypeCheck.class);
  static final SchemaKind CHANGED = SchemaKind.of("type-changed", Effect.CHANGED,
      "the type changed to one that neither includes nor is included in the old one (string became integer)",
      TypeCheck.class);

  @Override
  public List<SchemaKind> kinds() {
    return List.of(NARROWED, WIDENED, CHANGED);
  }

  @Override
  public boolean appliesToDisjointTypes() {
    return true;
  }

  @Override
  public void compare(SchemaPair p) {
    Set<String> o = p.oldShape().types;
    Set<String> n = p.newShape().types;
    if (o == null && n == null || (o != null && o.equals(n))) {
      return;
    }
    if (p.oldShape().admitsNothing() || p.newShape().admitsNothing()) {
      return;
    }
    boolean wider = TypeRules.includes(n, o);
    boolean narrower = TypeRules.includes(o, n);
    if (wider && narrower) {
      return;
    }
    SchemaKind kind = wider ? WIDENED : narrower ? NARROWED : CHANGED;
    Effect effect = wider ? Effect.WIDENED : narrower ? Effect.NARROWED : Effect.CHANGED;
    p.emit(kind, effect, p.oldShape().at("type"), p.newShape().at("type"),
        "type changed from " + Describe.types(o) + " to " + Describe.types(n));
  }
}
