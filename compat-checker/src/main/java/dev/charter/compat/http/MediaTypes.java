package dev.charter.compat.http;

import java.util.Locale;

/** Media type names compared the way HTTP compares them. */
final class MediaTypes {
  private MediaTypes() {}

  /** Lower case, parameters ({@code ; charset=utf-8}) and spaces dropped. */
  static String normalise(String mediaType) {
    String t = mediaType.toLowerCase(Locale.ROOT);
    int semi = t.indexOf(';');
    return (semi < 0 ? t : t.substring(0, semi)).trim();
  }

  /** Whether the range {@code range} ({@code *}/{@code *}, {@code application/*}) covers {@code type}. */
  static boolean covers(String range, String type) {
    String r = normalise(range);
    String t = normalise(type);
    if (r.equals(t) || r.equals("*/*") || r.equals("*")) {
      return true;
    }
    if (r.endsWith("/*")) {
      return t.startsWith(r.substring(0, r.length() - 1));
    }
    return false;
  }
}
