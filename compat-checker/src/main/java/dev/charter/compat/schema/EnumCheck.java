package dev.charter.compat.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.compat.Bump;
import dev.charter.compat.Effect;
import dev.charter.compat.Judgement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Enumerated values ({@code enum}, {@code const}), compared as sets of values: reordering is no
 * change, and {@code 1} equals {@code 1.0}. An {@code x-extensible-enum} lists values without
 * limiting them, so values added there break nobody.
 */
final class EnumCheck implements SchemaCheck {
  static final SchemaKind VALUE_ADDED = SchemaKind.of("enum-value-added", Effect.WIDENED,
      "a value was added to an enum", EnumCheck.class);
  static final SchemaKind VALUE_REMOVED = SchemaKind.of("enum-value-removed", Effect.NARROWED,
      "a value was removed from an enum", EnumCheck.class);
  static final SchemaKind BECAME_ENUM = SchemaKind.of("became-enum", Effect.NARROWED,
      "values became limited to an enum", EnumCheck.class);
  static final SchemaKind ENUM_REMOVED = SchemaKind.of("enum-removed", Effect.WIDENED,
      "the enum limiting the values was removed", EnumCheck.class);

  @Override
  public List<SchemaKind> kinds() {
    return List.of(VALUE_ADDED, VALUE_REMOVED, BECAME_ENUM, ENUM_REMOVED);
  }

  @Override
  public void compare(SchemaPair p) {
    Shape o = p.oldShape();
    Shape n = p.newShape();
    // Values that travel as text compare by their text: 1 and "1" are the same value.
    Map<String, JsonNode> oe = o.enumValues == null || !p.text() ? o.enumValues : WireForms.byForm(o.enumValues);
    Map<String, JsonNode> ne = n.enumValues == null || !p.text() ? n.enumValues : WireForms.byForm(n.enumValues);
    if (oe == null && ne == null) {
      extensible(p);
      return;
    }
    if (oe == null) {
      p.emit(BECAME_ENUM, Effect.NARROWED, "enum",
          "values limited to " + Describe.values(ne.values()));
      return;
    }
    if (ne == null) {
      p.emit(ENUM_REMOVED, Effect.WIDENED, "enum", "enum " + Describe.values(oe.values())
          + " removed: any value of the type is now valid");
      return;
    }
    List<JsonNode> removed = difference(oe, ne);
    List<JsonNode> added = difference(ne, oe);
    if (!removed.isEmpty()) {
      p.emit(VALUE_REMOVED, Effect.NARROWED, "enum", "enum "
          + Describe.plural(removed.size(), "value ", "values ") + Describe.values(removed) + " removed");
    }
    if (!added.isEmpty()) {
      p.emit(VALUE_ADDED, Effect.WIDENED, "enum", "enum "
          + Describe.plural(added.size(), "value ", "values ") + Describe.values(added) + " added");
    }
  }

  /** {@code x-extensible-enum}: known values that do not limit what is valid. */
  private static void extensible(SchemaPair p) {
    Shape o = p.oldShape();
    Shape n = p.newShape();
    if (o.extensibleEnum == null || n.extensibleEnum == null) {
      return;
    }
    List<JsonNode> removed = difference(o.extensibleEnum, n.extensibleEnum);
    List<JsonNode> added = difference(n.extensibleEnum, o.extensibleEnum);
    if (!added.isEmpty()) {
      p.emit(VALUE_ADDED, Judgement.harmless(Bump.MINOR), o.at("x-extensible-enum"), n.at("x-extensible-enum"),
          "extensible enum " + Describe.plural(added.size(), "value ", "values ") + Describe.values(added)
              + " added (x-extensible-enum: clients must accept unknown values)");
    }
    if (!removed.isEmpty()) {
      Judgement j = p.input() ? Judgement.of(Effect.NARROWED, p.direction()) : Judgement.harmless(Bump.MINOR);
      p.emit(VALUE_REMOVED, j, o.at("x-extensible-enum"), n.at("x-extensible-enum"),
          "extensible enum " + Describe.plural(removed.size(), "value ", "values ") + Describe.values(removed) + " removed");
    }
  }

  private static List<JsonNode> difference(Map<String, JsonNode> a, Map<String, JsonNode> b) {
    List<JsonNode> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : a.entrySet()) {
      if (!b.containsKey(e.getKey())) {
        out.add(e.getValue());
      }
    }
    return out;
  }
}
