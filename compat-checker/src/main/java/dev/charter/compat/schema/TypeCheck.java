package dev.charter.compat.schema;

import dev.charter.compat.Effect;
import java.util.List;
import java.util.Set;

/** The JSON type of a value: {@code type}, inferred from keywords when absent. */
final class TypeCheck implements SchemaCheck {
  static final SchemaKind NARROWED = SchemaKind.of("type-narrowed", Effect.NARROWED,
      "the type admits fewer kinds of value (number became integer, a type left a type list, a type was set where any was allowed, "
          + "the schema became false or contradictory)",
      TypeCheck.class);
  static final SchemaKind WIDENED = SchemaKind.of("type-widened", Effect.WIDENED,
      "the type admits more kinds of value (integer became number, a type joined a type list, the type was dropped, "
          + "a false or contradictory schema became one that admits values)",
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
    Shape os = p.oldShape();
    Shape ns = p.newShape();
    if (os.admitsNothing() != ns.admitsNothing()) {
      // false, or contradictory constraints (allOf of string and integer): every value is new, or every value gone.
      boolean wider = os.admitsNothing();
      p.emit(wider ? WIDENED : NARROWED, wider ? Effect.WIDENED : Effect.NARROWED, os.at("type"), ns.at("type"),
          wider ? "the schema admitted no value and now admits " + Describe.types(ns.types)
              : "the schema admitted " + Describe.types(os.types) + " and now admits no value");
      return;
    }
    if (p.text()) {
      text(p);
      return;
    }
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

  /**
   * The type of a value that travels as text (a parameter, a header): compared by the strings each
   * type accepts, where every integer is also a number and every integer, number or boolean also
   * a string. So integer → string accepts every old value (a widening), string → integer fewer. A
   * string side with its own constraints (pattern, length, format, enum) is compared by them: an
   * enum by its values' text, a pattern by whether it admits every integer (or number, boolean).
   */
  private static void text(SchemaPair p) {
    Shape o = p.oldShape();
    Shape n = p.newShape();
    Set<String> ot = o.types;
    Set<String> nt = n.types;
    if (java.util.Objects.equals(ot, nt) || o.admitsNothing() || n.admitsNothing()) {
      return;
    }
    boolean oldEnum = o.enumValues != null;
    boolean newEnum = n.enumValues != null;
    if (oldEnum && newEnum) {
      return; // the enums decide the values, compared by their text
    }
    Effect effect;
    if (oldEnum) {
      // Every old value still accepted: the enum removed says it (a widening).
      if (allAccepted(o.enumValues.values(), n)) {
        return;
      }
      effect = Effect.CHANGED;
    } else if (newEnum) {
      if (allAccepted(n.enumValues.values(), o)) {
        return;
      }
      effect = Effect.CHANGED;
    } else {
      boolean wider = WireForms.includes(nt, ot);
      boolean narrower = WireForms.includes(ot, nt);
      if (wider && narrower) {
        return;
      }
      if (wider) {
        boolean gainsString = nt != null && nt.contains("string") && (ot == null || !ot.contains("string"));
        effect = !gainsString || !WireForms.constrainsStrings(n) || WireForms.formsMatchPatterns(o, n).orElse(false)
            ? Effect.WIDENED : Effect.CHANGED;
      } else if (narrower) {
        boolean losesString = ot != null && ot.contains("string") && (nt == null || !nt.contains("string"));
        effect = !losesString || !WireForms.constrainsStrings(o) || WireForms.formsMatchPatterns(n, o).orElse(false)
            ? Effect.NARROWED : Effect.CHANGED;
      } else {
        effect = Effect.CHANGED;
      }
    }
    SchemaKind kind = switch (effect) {
      case WIDENED -> WIDENED;
      case NARROWED -> NARROWED;
      default -> CHANGED;
    };
    String how = switch (effect) {
      case WIDENED -> "the new type admits every value the old one did, and more";
      case NARROWED -> "the new type admits only some of the values the old one did";
      default -> "each admits values the other does not";
    };
    p.emit(kind, effect, o.at("type"), n.at("type"), "type changed from " + Describe.types(ot) + " to "
        + Describe.types(nt) + " (as text: " + how + ")");
  }

  private static boolean allAccepted(java.util.Collection<com.fasterxml.jackson.databind.JsonNode> values, Shape s) {
    for (com.fasterxml.jackson.databind.JsonNode v : values) {
      if (!WireForms.accepts(s, WireForms.form(v)).orElse(false)) {
        return false;
      }
    }
    return true;
  }
}
