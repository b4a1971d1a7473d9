package dev.charter.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One problem found by structural validation, before it is placed in a file: where it is in the
 * validated (bundled) tree, what kind of problem it is, and the message.
 *
 * @param kind what is wrong, used to pick between the branches of a {@code oneOf}/{@code anyOf}
 * @param pointer the node the message is about, in the validated tree
 * @param message the text a person reads
 * @param property the property concerned (required, unknown, not allowed), or null
 * @param values the allowed values (enum, const) or types (type), empty otherwise
 */
record Finding(Kind kind, String pointer, String message, String property, List<JsonNode> values) {

  enum Kind {
    REQUIRED,
    UNKNOWN_PROPERTY,
    NOT_ALLOWED,
    TYPE,
    ENUM,
    PATTERN,
    /** Too few members: says less than a missing required member at the same place. */
    MIN_PROPERTIES,
    /** A value that matches several alternatives of a oneOf, for no reason we can name. */
    AMBIGUOUS,
    OTHER
  }

  Finding {
    values = List.copyOf(values);
  }

  static Finding of(Kind kind, String pointer, String message) {
    return new Finding(kind, pointer, message, null, List.of());
  }

  /** Identity for deduplication and for comparing branches: kind, place and text. */
  String key() {
    return kind + "\u0000" + pointer + "\u0000" + message;
  }

  int depth() {
    int d = 0;
    for (int i = 0; i < pointer.length(); i++) {
      if (pointer.charAt(i) == '/') {
        d++;
      }
    }
    return d;
  }
}
