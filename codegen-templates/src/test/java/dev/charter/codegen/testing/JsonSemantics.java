package dev.charter.codegen.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Compares two JSON values by meaning, as a round trip through generated types should preserve
 * it: numbers by value ({@code 1.0} = {@code 1}), date-times by instant ({@code ...00.000+02:00} =
 * {@code ...22:00Z}), and an object member that is {@code null} as if absent (generated types
 * leave out null members).
 */
public final class JsonSemantics {
  private JsonSemantics() {}

  /** Where the two differ, as a JSON pointer and both values; empty when they mean the same. */
  public static Optional<String> difference(JsonNode expected, JsonNode actual) {
    return diff(expected, actual, "");
  }

  private static Optional<String> diff(JsonNode a, JsonNode b, String at) {
    if (a == null || a.isNull() || a.isMissingNode()) {
      return b == null || b.isNull() || b.isMissingNode() ? Optional.empty() : Optional.of(at + ": expected nothing, got " + b);
    }
    if (b == null || b.isMissingNode() || b.isNull()) {
      return Optional.of(at + ": expected " + a + ", got nothing");
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0 ? Optional.empty() : Optional.of(at + ": " + a + " != " + b);
    }
    if (a.isTextual() && b.isTextual()) {
      if (a.asText().equals(b.asText()) || sameInstant(a.asText(), b.asText())) {
        return Optional.empty();
      }
      return Optional.of(at + ": " + a + " != " + b);
    }
    if (a.isObject() && b.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        Optional<String> d = diff(e.getValue(), b.get(e.getKey()), at + "/" + e.getKey());
        if (d.isPresent()) {
          return d;
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = b.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!a.has(e.getKey()) && !e.getValue().isNull()) {
          return Optional.of(at + "/" + e.getKey() + ": not expected, got " + e.getValue());
        }
      }
      return Optional.empty();
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return Optional.of(at + ": " + a.size() + " elements, got " + b.size());
      }
      for (int i = 0; i < a.size(); i++) {
        Optional<String> d = diff(a.get(i), b.get(i), at + "/" + i);
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    return a.equals(b) ? Optional.empty() : Optional.of(at + ": " + a + " != " + b);
  }

  private static boolean sameInstant(String a, String b) {
    try {
      return OffsetDateTime.parse(a).toInstant().equals(OffsetDateTime.parse(b).toInstant());
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
