package dev.charter.lint.rules.support;

import dev.charter.core.model.SchemaView;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** RFC 9457 problem details: the media types and the shape of the document. */
public final class ProblemDetails {
  private ProblemDetails() {}

  public static boolean mediaType(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    return t.startsWith("application/problem+json") || t.startsWith("application/problem+xml");
  }

  /** An object schema (counting allOf parts) with {@code title} and {@code status} or {@code type}, as problems have. */
  public static boolean shaped(SchemaView schema) {
    Set<String> names = new HashSet<>(schema.properties().keySet());
    for (SchemaView part : schema.allOf()) {
      names.addAll(part.properties().keySet());
    }
    return names.contains("title") && (names.contains("status") || names.contains("type"));
  }
}
