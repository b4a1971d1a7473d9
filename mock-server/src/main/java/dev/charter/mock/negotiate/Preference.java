package dev.charter.mock.negotiate;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a request asks of the mock, in Prism's {@code Prefer} header form ({@code Prefer: code=404,
 * example=cat, dynamic=true}) or as the query parameters {@code __code}, {@code __example} and
 * {@code __dynamic}: a status, a named example, generated rather than example bodies.
 */
public record Preference(Optional<String> code, Optional<String> example, Optional<Boolean> dynamic) {
  public static final Preference NONE = new Preference(Optional.empty(), Optional.empty(), Optional.empty());
  private static final Pattern SEPARATORS = Pattern.compile("[,;]");

  public boolean isEmpty() {
    return code.isEmpty() && example.isEmpty() && dynamic.isEmpty();
  }

  /** The preferences in {@code Prefer} header values (several headers, comma or semicolon separated). */
  public static Preference parse(Iterable<String> headers) {
    Preference p = NONE;
    if (headers == null) {
      return p;
    }
    for (String header : headers) {
      for (String token : SEPARATORS.split(header)) {
        int eq = token.indexOf('=');
        if (eq <= 0) {
          continue;
        }
        String name = token.substring(0, eq).trim().toLowerCase(Locale.ROOT);
        String value = unquote(token.substring(eq + 1).trim());
        p = p.with(name, value);
      }
    }
    return p;
  }

  /** This preference with one more setting ({@code code}, {@code example} or {@code dynamic}); others are ignored. */
  public Preference with(String name, String value) {
    return switch (name) {
      case "code" -> new Preference(Optional.of(value), example, dynamic);
      case "example" -> new Preference(code, Optional.of(value), dynamic);
      case "dynamic" -> new Preference(code, example, Optional.of(Boolean.parseBoolean(value)));
      default -> this;
    };
  }

  private static String unquote(String v) {
    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
  }
}
