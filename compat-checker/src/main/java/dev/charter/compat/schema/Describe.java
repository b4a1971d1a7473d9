package dev.charter.compat.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** How values and sets are written in change messages. */
final class Describe {
  private static final int MAX_LISTED = 6;

  private Describe() {}

  static String value(JsonNode v) {
    String text = v.isTextual() ? "'" + v.asText() + "'" : v.toString();
    return text.length() > 80 ? text.substring(0, 77) + "…" : text;
  }

  static String values(Collection<JsonNode> values) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : values) {
      if (out.size() == MAX_LISTED) {
        out.add("and " + (values.size() - MAX_LISTED) + " more");
        break;
      }
      out.add(value(v));
    }
    return String.join(", ", out);
  }

  static String types(Set<String> types) {
    if (types == null) {
      return "any type";
    }
    if (types.isEmpty()) {
      return "no type";
    }
    return String.join(" or ", new TreeSet<>(types));
  }

  static String quoted(Collection<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      if (out.size() == MAX_LISTED) {
        out.add("and " + (names.size() - MAX_LISTED) + " more");
        break;
      }
      out.add("'" + n + "'");
    }
    return String.join(", ", out);
  }

  static String plural(int n, String one, String many) {
    return n == 1 ? one : many;
  }
}
