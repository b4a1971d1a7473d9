package dev.charter.lint.rules.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.lint.SpecFormat;
import java.util.ArrayList;
import java.util.List;

/** Enum values against the declared {@code type}, as Spectral's {@code typedEnum} compares them. */
public final class EnumTypes {
  private EnumTypes() {}

  /** One enum value of the wrong type: its index and the message. */
  public record Mismatch(int index, String message) {}

  /**
   * The mismatches of an object with {@code enum} and {@code type}; empty when either is missing or
   * not of the shape the check reads ({@code type} a string or an array of strings).
   */
  public static List<Mismatch> check(JsonNode node, SpecFormat format) {
    if (node == null || !node.isObject()) {
      return List.of();
    }
    JsonNode values = node.get("enum");
    JsonNode type = node.get("type");
    if (!JsValues.truthy(values) || !JsValues.truthy(type) || !values.isArray()) {
      return List.of();
    }
    List<String> types = new ArrayList<>();
    if (type.isTextual()) {
      types.add(type.textValue());
    } else if (type.isArray()) {
      for (JsonNode t : type) {
        if (!t.isTextual()) {
          return List.of();
        }
        types.add(t.textValue());
      }
    } else {
      return List.of();
    }
    if (nullable(node, format)) {
      types.add("null");
    }
    String printed = type.isTextual() && types.size() == 1 ? type.textValue() : String.join(",", types);
    boolean integers = types.contains("integer");
    List<Mismatch> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      if (!types.contains(dataType(values.get(i), integers))) {
        out.add(new Mismatch(i, "Enum value " + JsValues.print(values.get(i)) + " must be \"" + printed + "\"."));
      }
    }
    return out;
  }

  private static boolean nullable(JsonNode node, SpecFormat format) {
    JsonNode flag = switch (format) {
      case OAS3_0 -> node.get("nullable");
      case OAS2 -> node.get("x-nullable");
      default -> null;
    };
    return flag != null && flag.isBoolean() && flag.booleanValue();
  }

  /** JavaScript's {@code typeof}, refined as Spectral does: integers count as such only where the type allows them. */
  static String dataType(JsonNode v, boolean checkForInteger) {
    if (v.isTextual()) {
      return "string";
    }
    if (v.isBoolean()) {
      return "boolean";
    }
    if (v.isNumber()) {
      double d = v.doubleValue();
      boolean integral = v.isIntegralNumber() || (d == Math.rint(d) && !Double.isInfinite(d));
      return checkForInteger && integral ? "integer" : "number";
    }
    if (v.isNull()) {
      return "null";
    }
    return v.isArray() ? "array" : "object";
  }
}
