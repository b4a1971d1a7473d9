package dev.charter.lint.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JavaScript semantics over JSON values, for filter expressions and Spectral's functions: values
 * are {@link #UNDEFINED}, {@link #NULL}, {@link Boolean}, {@link Double}, {@link String}, a Jackson
 * object or array node, or a {@link List} (arrays made by the expression itself).
 */
public final class Js {
  /** JavaScript's {@code undefined}. */
  public static final Object UNDEFINED = new Object() {
    @Override
    public String toString() {
      return "undefined";
    }
  };

  /** JavaScript's {@code null}. */
  public static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  private Js() {}

  /** The JavaScript value of a JSON node; a missing node is undefined. */
  public static Object of(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return UNDEFINED;
    }
    if (n.isTextual()) {
      return n.textValue();
    }
    if (n.isNumber()) {
      return n.doubleValue();
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isNull()) {
      return NULL;
    }
    return n;
  }

  public static boolean truthy(Object v) {
    if (v == UNDEFINED || v == NULL || v == null) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Double d) {
      return d != 0 && !d.isNaN();
    }
    if (v instanceof String s) {
      return !s.isEmpty();
    }
    return true;
  }

  public static String typeOf(Object v) {
    if (v == UNDEFINED || v == null) {
      return "undefined";
    }
    if (v instanceof Boolean) {
      return "boolean";
    }
    if (v instanceof Double) {
      return "number";
    }
    if (v instanceof String) {
      return "string";
    }
    if (v instanceof JsFunction) {
      return "function";
    }
    return "object";
  }

  public static boolean isArray(Object v) {
    return (v instanceof JsonNode n && n.isArray()) || v instanceof List;
  }

  /** {@code ===}. */
  public static boolean strictEquals(Object a, Object b) {
    if (a instanceof Double x && b instanceof Double y) {
      return x.doubleValue() == y.doubleValue();
    }
    if (a instanceof String || a instanceof Boolean) {
      return a.equals(b);
    }
    return a == b;
  }

  /** {@code ==}, for the cases JSON values can meet. */
  public static boolean looseEquals(Object a, Object b) {
    boolean aNullish = a == UNDEFINED || a == NULL || a == null;
    boolean bNullish = b == UNDEFINED || b == NULL || b == null;
    if (aNullish || bNullish) {
      return aNullish && bNullish;
    }
    if (a.getClass() == b.getClass() && !(a instanceof JsonNode)) {
      return strictEquals(a, b);
    }
    if (a instanceof JsonNode || a instanceof List) {
      if (b instanceof JsonNode || b instanceof List) {
        return a == b;
      }
      return looseEquals(toPrimitive(a), b);
    }
    if (b instanceof JsonNode || b instanceof List) {
      return looseEquals(a, toPrimitive(b));
    }
    return toNumber(a) == toNumber(b);
  }

  private static Object toPrimitive(Object v) {
    return toStringValue(v);
  }

  /** JavaScript's {@code Number(v)}. */
  public static double toNumber(Object v) {
    if (v instanceof Double d) {
      return d;
    }
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (v == NULL) {
      return 0;
    }
    if (v == UNDEFINED || v == null) {
      return Double.NaN;
    }
    if (v instanceof String s) {
      return stringToNumber(s);
    }
    return stringToNumber(toStringValue(v));
  }

  public static double stringToNumber(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return 0;
    }
    try {
      if (s.startsWith("0x") || s.startsWith("0X")) {
        return Long.parseLong(s.substring(2), 16);
      }
      if (s.startsWith("0o") || s.startsWith("0O")) {
        return Long.parseLong(s.substring(2), 8);
      }
      if (s.startsWith("0b") || s.startsWith("0B")) {
        return Long.parseLong(s.substring(2), 2);
      }
      if (s.equals("Infinity") || s.equals("+Infinity")) {
        return Double.POSITIVE_INFINITY;
      }
      if (s.equals("-Infinity")) {
        return Double.NEGATIVE_INFINITY;
      }
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (!(Character.isDigit(c) || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')) {
          return Double.NaN;
        }
      }
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** JavaScript's {@code String(v)}. */
  public static String toStringValue(Object v) {
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof Double d) {
      return number(d);
    }
    if (v instanceof Boolean b) {
      return b.toString();
    }
    if (v == NULL) {
      return "null";
    }
    if (v == UNDEFINED || v == null) {
      return "undefined";
    }
    if (v instanceof JsonNode n && n.isArray()) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        Object e = of(n.get(i));
        if (e != NULL && e != UNDEFINED) {
          sb.append(toStringValue(e));
        }
      }
      return sb.toString();
    }
    if (v instanceof List<?> l) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        Object e = l.get(i);
        if (e != NULL && e != UNDEFINED) {
          sb.append(toStringValue(e));
        }
      }
      return sb.toString();
    }
    return "[object Object]";
  }

  public static String number(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e21) {
      return Long.toString((long) d);
    }
    return Double.toString(d);
  }

  /** A member of an object or array value, or a property of a primitive ({@code length}). */
  public static Object member(Object target, Object key) {
    if (target instanceof JsonNode n) {
      if (n.isObject()) {
        return of(n.get(toStringValue(key)));
      }
      if (n.isArray()) {
        String k = toStringValue(key);
        if (k.equals("length")) {
          return (double) n.size();
        }
        int i = index(k);
        return i >= 0 && i < n.size() ? of(n.get(i)) : UNDEFINED;
      }
    }
    if (target instanceof List<?> l) {
      String k = toStringValue(key);
      if (k.equals("length")) {
        return (double) l.size();
      }
      int i = index(k);
      return i >= 0 && i < l.size() ? l.get(i) : UNDEFINED;
    }
    if (target instanceof String s) {
      String k = toStringValue(key);
      if (k.equals("length")) {
        return (double) s.length();
      }
      int i = index(k);
      return i >= 0 && i < s.length() ? String.valueOf(s.charAt(i)) : UNDEFINED;
    }
    return UNDEFINED;
  }

  private static int index(String k) {
    if (k.isEmpty() || k.length() > 9) {
      return -1;
    }
    for (int i = 0; i < k.length(); i++) {
      if (!Character.isDigit(k.charAt(i))) {
        return -1;
      }
    }
    return Integer.parseInt(k);
  }

  /** The constructor name JavaScript would report ({@code @.type.constructor.name === 'Array'}). */
  public static String constructorName(Object v) {
    if (v instanceof String) {
      return "String";
    }
    if (v instanceof Double) {
      return "Number";
    }
    if (v instanceof Boolean) {
      return "Boolean";
    }
    if (isArray(v)) {
      return "Array";
    }
    if (v instanceof JsonNode) {
      return "Object";
    }
    return "";
  }

  /** Deep equality as fast-deep-equal (ajv) sees it: 1 and 1.0 are the same number. */
  public static boolean deepEquals(JsonNode a, JsonNode b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      return false;
    }
    if (a.isNumber() && b.isNumber()) {
      return a.doubleValue() == b.doubleValue();
    }
    if (a.getNodeType() != b.getNodeType()) {
      return false;
    }
    if (a.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!deepEquals(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      Iterator<Map.Entry<String, JsonNode>> it = a.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!deepEquals(e.getValue(), b.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /** A function value made by the expression evaluator (a bound method). */
  interface JsFunction {
    Object call(List<Object> args);
  }
}
