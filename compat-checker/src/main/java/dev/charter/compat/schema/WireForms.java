package dev.charter.compat.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.compat.Effect;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Values that travel as text: path, query, header and cookie parameters, response headers and
 * channel parameters are strings on the wire, whatever JSON type their schema names. So their
 * schemas are compared by the strings they accept: the forms of integers are among those of
 * numbers, and those of integers, numbers and booleans among strings ({@code integer} to {@code
 * string} accepts every old value); enum values and defaults compare by their text ({@code 1} is
 * {@code "1"}).
 */
final class WireForms {
  /** Integers as they are written: what a server parsing an integer accepts, and what a client writes. */
  private static final String INTEGER = "-?(0|[1-9][0-9]*)";
  private static final String NON_NEGATIVE_INTEGER = "(0|[1-9][0-9]*)";
  private static final String NUMBER = "-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?";
  private static final Pattern INTEGER_FORM = Pattern.compile("-?[0-9]+");
  private static final Pattern NUMBER_FORM = Pattern.compile(NUMBER);

  private WireForms() {}

  /** The text a value travels as. */
  static String form(JsonNode v) {
    if (v.isTextual()) {
      return v.asText();
    }
    if (v.isNumber() || v.isBoolean() || v.isNull()) {
      return Shapes.canonical(v);
    }
    return Shapes.canonical(v);
  }

  /** Enum values by their text. */
  static Map<String, JsonNode> byForm(Map<String, JsonNode> values) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    values.values().forEach(v -> out.putIfAbsent(form(v), v));
    return out;
  }

  /** Whether every text {@code inner} types accept is accepted by {@code outer} types (null: any). */
  static boolean includes(Set<String> outer, Set<String> inner) {
    if (outer == null) {
      return true;
    }
    if (inner == null) {
      return outer.contains("string");
    }
    for (String t : inner) {
      boolean in = outer.contains(t)
          || (t.equals("integer") && (outer.contains("number") || outer.contains("string")))
          || ((t.equals("number") || t.equals("boolean")) && outer.contains("string"));
      if (!in) {
        return false;
      }
    }
    return true;
  }

  /** Whether two shapes accept some text in common, by type alone. */
  static boolean overlap(Shape a, Shape b) {
    if (a.types == null || b.types == null) {
      return true;
    }
    for (String t : a.types) {
      for (String u : b.types) {
        if (includes(Set.of(t), Set.of(u)) || includes(Set.of(u), Set.of(t))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the string constraints of {@code s} may reject some strings. */
  static boolean constrainsStrings(Shape s) {
    return s.minLength != null || s.maxLength != null || !s.patterns.isEmpty() || s.format.isPresent()
        || s.enumValues != null;
  }

  /**
   * Whether every text of the types {@code inner} (beyond those {@code outer} already has) matches
   * the patterns of {@code outer}, whose only string constraint they are; empty when undecided.
   */
  static Optional<Boolean> formsMatchPatterns(Shape inner, Shape outer) {
    if (outer.minLength != null || outer.maxLength != null || outer.format.isPresent() || outer.enumValues != null
        || outer.patterns.isEmpty() || inner.types == null) {
      return Optional.empty();
    }
    for (String t : inner.types) {
      if (outer.types != null && outer.types.contains(t)) {
        continue;
      }
      String forms = switch (t) {
        case "integer" -> inner.minimum != null && inner.minimum.value().signum() >= 0 ? NON_NEGATIVE_INTEGER : INTEGER;
        case "number" -> NUMBER;
        case "boolean" -> "(true|false)";
        default -> null;
      };
      if (forms == null) {
        return Optional.empty();
      }
      Optional<Effect> e = PatternInclusion.compare(List.of("^" + forms + "$"), outer.patterns);
      if (e.isEmpty()) {
        return Optional.empty();
      }
      if (e.get() != Effect.NEUTRAL && e.get() != Effect.WIDENED) {
        return Optional.of(false);
      }
    }
    return Optional.of(true);
  }

  /** Whether {@code s} accepts the text {@code form}: type, enum, bounds, lengths and patterns; empty when undecided. */
  static Optional<Boolean> accepts(Shape s, String form) {
    if (s.isUnion()) {
      return Optional.empty();
    }
    if (s.enumValues != null && !byForm(s.enumValues).containsKey(form)) {
      return Optional.of(false);
    }
    if (s.types == null) {
      return Optional.of(true);
    }
    boolean undecided = false;
    for (String t : s.types) {
      Optional<Boolean> a = accepts(s, t, form);
      if (a.isEmpty()) {
        undecided = true;
      } else if (a.get()) {
        return Optional.of(true);
      }
    }
    return undecided ? Optional.empty() : Optional.of(false);
  }

  private static Optional<Boolean> accepts(Shape s, String type, String form) {
    switch (type) {
      case "boolean":
        return Optional.of(form.equals("true") || form.equals("false"));
      case "integer":
      case "number": {
        if (!(type.equals("integer") ? INTEGER_FORM : NUMBER_FORM).matcher(form).matches()) {
          return Optional.of(false);
        }
        BigDecimal v = new BigDecimal(form);
        if (s.minimum != null && (s.minimum.exclusive() ? v.compareTo(s.minimum.value()) <= 0 : v.compareTo(s.minimum.value()) < 0)) {
          return Optional.of(false);
        }
        if (s.maximum != null && (s.maximum.exclusive() ? v.compareTo(s.maximum.value()) >= 0 : v.compareTo(s.maximum.value()) > 0)) {
          return Optional.of(false);
        }
        for (BigDecimal m : s.multipleOf) {
          if (v.remainder(m).signum() != 0) {
            return Optional.of(false);
          }
        }
        return Optional.of(true);
      }
      case "string": {
        int length = form.codePointCount(0, form.length());
        if ((s.minLength != null && length < s.minLength.value()) || (s.maxLength != null && length > s.maxLength.value())) {
          return Optional.of(false);
        }
        for (String p : s.patterns) {
          try {
            if (!Pattern.compile(p).matcher(form).find()) {
              return Optional.of(false);
            }
          } catch (PatternSyntaxException e) {
            return Optional.empty();
          }
        }
        return s.format.isPresent() ? Optional.empty() : Optional.of(true);
      }
      default:
        return Optional.of(false);
    }
  }
}
