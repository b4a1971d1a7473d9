package dev.charter.core.validate;

import dev.charter.core.diag.CloseNames;
import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.parse.JsonPointers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Small pieces of English for validation messages. */
final class Phrases {
  private static final int MAX_VALUES = 20;
  private static final int MAX_SUGGESTIONS = 4;
  private static final int MAX_SHOWN_TEXT = 40;

  private Phrases() {}

  /**
   * How a message names the node at {@code pointer}: {@code 'version'} for a member, {@code
   * 'tags[2]'} for an array element, {@code the document} for the root.
   */
  static String subject(String pointer) {
    if (pointer.isEmpty()) {
      return "the document";
    }
    String last = JsonPointers.last(pointer);
    String parent = JsonPointers.parent(pointer);
    if (isIndex(last) && !parent.isEmpty()) {
      String p = JsonPointers.last(parent);
      if (!isIndex(p)) {
        return "'" + p + "[" + last + "]'";
      }
    }
    return "'" + last + "'";
  }

  static boolean isIndex(String token) {
    if (token.isEmpty() || token.length() > 9) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isDigit(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** "an object", "a string", … for a JSON Schema type name. */
  static String article(String type) {
    return switch (type) {
      case "object" -> "an object";
      case "array" -> "an array";
      case "integer" -> "an integer";
      case "null" -> "null";
      default -> "a " + type;
    };
  }

  /** The JSON Schema type of an instance, with its article: what a message says was found. */
  static String found(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "nothing";
    }
    if (n.isObject()) {
      return "an object";
    }
    if (n.isArray()) {
      return "an array";
    }
    if (n.isTextual()) {
      return "a string";
    }
    if (n.isNumber()) {
      return "a number";
    }
    if (n.isBoolean()) {
      return "a boolean";
    }
    if (n.isNull()) {
      return "null";
    }
    return "a " + n.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  /** A value as a message shows it: strings bare, others as JSON, long text shortened. */
  static String value(JsonNode v) {
    String s = v.isTextual() ? v.asText() : v.toString();
    return shorten(s);
  }

  static String shorten(String s) {
    return s.length() > MAX_SHOWN_TEXT ? s.substring(0, MAX_SHOWN_TEXT - 1) + "…" : s;
  }

  /** "a, b, c" with at most {@code MAX_VALUES} entries, then "…". */
  static String list(Collection<String> items) {
    List<String> l = new ArrayList<>(items);
    if (l.size() > MAX_VALUES) {
      l = new ArrayList<>(l.subList(0, MAX_VALUES));
      l.add("…");
    }
    return String.join(", ", l);
  }

  /** "a", "a or b", "a, b or c". */
  static String or(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
  }

  static String quoted(String s) {
    return "'" + s + "'";
  }

  /**
   * The declared names to show for an unknown {@code name}: those close to it (a likely typo),
   * closest first, or else the first few in declaration order; "…" when there are more.
   */
  static String suggestions(String name, List<String> candidates) {
    String lower = name.toLowerCase(Locale.ROOT);
    int near = name.length() <= 4 ? 1 : Math.max(2, name.length() / 3);
    List<String> close = new ArrayList<>();
    for (String c : candidates) {
      String l = c.toLowerCase(Locale.ROOT);
      if (CloseNames.distance(lower, l) <= near || (lower.length() >= 3 && l.startsWith(lower))) {
        close.add(c);
      }
    }
    close.sort(Comparator.comparingInt((String c) -> CloseNames.distance(lower, c.toLowerCase(Locale.ROOT))));
    List<String> shown = close.isEmpty() ? candidates : close;
    List<String> out = new ArrayList<>(shown.subList(0, Math.min(MAX_SUGGESTIONS, shown.size())));
    if (candidates.size() > out.size()) {
      out.add("…");
    }
    return String.join(", ", out);
  }


  static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
