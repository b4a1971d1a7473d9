package dev.charter.codegen.contract.runtime;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a request as a curl command line for a POSIX shell, so that a failure can be reproduced by
 * pasting one line. Text is single-quoted; a body with line breaks or other control characters is
 * written with {@code $'…'} escapes. Credentials are never written: the caller passes them as
 * {@link Secret}s, which appear as references to environment variables ({@code "$CHARTER_BEARER"}).
 */
public final class Curl {
  private Curl() {}

  /** A part of a command line that is the value of an environment variable, not literal text. */
  public record Secret(String prefix, String variable) {}

  /** One argument: literal text, or literal text followed by a secret. */
  public record Part(String text, Secret secret) {
    public static Part of(String text) {
      return new Part(text, null);
    }
  }

  /** An option with its argument: {@code -H 'Name: value'}, {@code -u "$CHARTER_BASIC"}. */
  public record Option(String flag, Part value) {}

  /**
   * {@code curl -i -X METHOD 'URL' -H 'Name: value' … --data-binary 'BODY'}; the URL and headers may
   * end in a secret.
   */
  public static String command(String method, Part url, List<Option> options, byte[] body) {
    StringBuilder sb = new StringBuilder("curl -i");
    if (method.equals("HEAD")) {
      sb.append(" --head");
    } else {
      sb.append(" -X ").append(method);
    }
    sb.append(' ').append(word(url));
    for (Option o : options) {
      sb.append(' ').append(o.flag()).append(' ').append(word(o.value()));
    }
    if (body != null) {
      sb.append(" --data-binary ").append(quote(new String(body, StandardCharsets.UTF_8)));
    }
    return sb.toString();
  }

  private static String word(Part p) {
    if (p.secret() == null) {
      return quote(p.text());
    }
    String literal = p.text() + p.secret().prefix();
    return (literal.isEmpty() ? "" : quote(literal)) + "\"$" + p.secret().variable() + "\"";
  }

  /** Quotes a string for a POSIX shell. */
  public static String quote(String s) {
    boolean plain = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        plain = false;
        break;
      }
    }
    if (plain) {
      return "'" + s.replace("'", "'\\''") + "'";
    }
    StringBuilder sb = new StringBuilder("$'");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\'' -> sb.append("\\'");
        case '\\' -> sb.append("\\\\");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            sb.append(String.format("\\x%02x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('\'').toString();
  }
}
