package dev.charter.lint.rules.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.RuleContext;
import dev.charter.lint.jsonpath.Js;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** Spectral's {@code alphabetical} function: the first pair out of order, compared as JavaScript compares. */
public final class Alphabetical {
  private Alphabetical() {}

  /** One problem found, and where (a sub-path of the checked node, or empty for the node itself). */
  public record Problem(String message, List<String> at) {}

  /** Checks an array (or the keys of an object), optionally by a member of each item. */
  public static Problem find(JsonNode target, String keyedBy) {
    List<Object> values = new ArrayList<>();
    List<String> positions = new ArrayList<>();
    if (target.isArray()) {
      for (int i = 0; i < target.size(); i++) {
        values.add(Js.of(target.get(i)));
        positions.add(Integer.toString(i));
      }
    } else if (target.isObject()) {
      Iterator<String> names = target.fieldNames();
      while (names.hasNext()) {
        String n = names.next();
        values.add(n);
        positions.add(n);
      }
    } else {
      return null;
    }
    if (values.size() < 2) {
      return null;
    }
    if (keyedBy != null) {
      List<Object> keyed = new ArrayList<>();
      for (Object v : values) {
        if (!(v instanceof JsonNode)) {
          return new Problem("must be an object", List.of());
        }
        keyed.add(Js.member(v, keyedBy));
      }
      values = keyed;
    }
    for (Object v : values) {
      if (!(v instanceof String || v instanceof Double)) {
        return new Problem("must be one of the allowed types: number, string", List.of());
      }
    }
    for (int i = 0; i < values.size() - 1; i++) {
      if (compare(values.get(i), values.get(i + 1)) >= 1) {
        if (keyedBy != null) {
          return new Problem("properties must follow the alphabetical order", List.of());
        }
        return new Problem(print(values.get(i)) + " must be placed after " + print(values.get(i + 1)),
            List.of(positions.get(i)));
      }
    }
    return null;
  }

  private static String print(Object v) {
    return v instanceof String s ? "\"" + s + "\"" : Js.toStringValue(v);
  }

  /** Spectral's comparison: numbers numerically, strings by locale, anything else as equal. */
  static double compare(Object a, Object b) {
    if ((a instanceof Double || Double.isNaN(Js.toNumber(a))) && (b instanceof Double || !Double.isNaN(Js.toNumber(b)))) {
      double d = Js.toNumber(a) - Js.toNumber(b);
      return Double.isNaN(d) ? Double.NaN : Math.min(1, Math.max(-1, d));
    }
    if (!(a instanceof String) || !(b instanceof String)) {
      return 0;
    }
    Collator collator = Collator.getInstance(Locale.ROOT);
    return Integer.signum(collator.compare(a, b));
  }

  public static void check(RuleContext context, SpecNode node, String keyedBy) {
    Problem p = find(node.value(), keyedBy);
    if (p != null) {
      String pointer = node.pointer() + (p.at().isEmpty() ? "" : "/" + dev.charter.core.parse.JsonPointers.escape(p.at().get(0)));
      context.report(node.file(), pointer, p.message());
    }
  }
}
