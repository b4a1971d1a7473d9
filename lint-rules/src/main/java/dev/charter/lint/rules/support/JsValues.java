package dev.charter.lint.rules.support;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * JavaScript's view of JSON values, which Spectral's rules are written in: truthiness, {@code typeof},
 * and loose equality where its rules use it. Matching it is what makes findings agree.
 */
public final class JsValues {
  private JsValues() {}

  /** {@code !!value}: false for a missing member, null, false, 0, NaN and the empty string. */
  public static boolean truthy(JsonNode value) {
    if (value == null || value.isMissingNode() || value.isNull()) {
      return false;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isNumber()) {
      double d = value.doubleValue();
      return d != 0 && !Double.isNaN(d);
    }
    if (value.isTextual()) {
      return !value.textValue().isEmpty();
    }
    return true;
  }

  public static boolean defined(JsonNode value) {
    return value != null && !value.isMissingNode();
  }

  /** A non-null object: what Spectral's {@code isObject} accepts (arrays included, as in JavaScript). */
  public static boolean isObjectLike(JsonNode value) {
    return value != null && (value.isObject() || value.isArray());
  }

  /** JavaScript's {@code String(value)} for a JSON value. */
  public static String string(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "undefined";
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isNull()) {
      return "null";
    }
    if (value.isNumber()) {
      double d = value.doubleValue();
      if (value.isIntegralNumber() || d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e21) {
        return value.isIntegralNumber() ? value.asText() : Long.toString((long) d);
      }
      return value.asText();
    }
    if (value.isBoolean()) {
      return value.asText();
    }
    return value.isArray() ? "[array]" : "[object Object]";
  }

  /** Spectral's {@code printValue}: strings quoted, other values as JSON. */
  public static String print(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "undefined";
    }
    if (value.isTextual()) {
      return "\"" + value.textValue() + "\"";
    }
    return value.toString();
  }
}
