package dev.charter.codegen.contract.runtime;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a request as a curl command line for a POSIX shell, so that a failure can be reproduced by
 * pasting one line. Text is single-quoted; a body with line breaks or other control characters is
 * written with {@code $'…'} escapes. Credentials are never written: the caller passes them as
 * variable pieces of a {@link Part}, which appear as references to environment variables ({@code
 * "$CHARTER_BEARER"}).
 */
public final class Curl {
  private Curl() {}

  /**
   * One word of the command line: literal text and references to environment variables (the
   * secrets), in order. {@code Part.of("Authorization: Bearer ").then("CHARTER_BEARER")}.
   */
  public record Part(List<Piece> pieces) {
    /** Literal text, or (when {@code variable}) the name of an environment variable. */
    public record Piece(String text, boolean variable) {}

    public Part {
      pieces = List.copyOf(pieces);
    }

    public static Part of(String text) {
      return new Part(List.of(new Piece(text, false)));
    }

    public Part plus(String text) {
      List<Piece> p = new java.util.ArrayList<>(pieces);
      p.add(new Piece(text, false));
      return new Part(p);
    }

    /** This part followed by the value of environment variable {@code variable}. */
    public Part then(String variable) {
      List<Piece> p = new java.util.ArrayList<>(pieces);
      p.add(new Piece(variable, true));
      return new Part(p);
    }
  }

  /** An option with its argument: {@code -H 'Name: value'}, {@code -u "$CHARTER_BASIC"}. */
  public record Option(String flag, Part value) {}

  /**
   * {@code curl -i -X METHOD 'URL' -H 'Name: value' … --data-binary 'BODY'}; the URL and options may
   * hold secrets.
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
    StringBuilder sb = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (Part.Piece piece : p.pieces()) {
      if (piece.variable()) {
        if (literal.length() > 0) {
          sb.append(quote(literal.toString()));
          literal.setLength(0);
        }
        sb.append("\"$").append(piece.text()).append('"');
      } else {
        literal.append(piece.text());
      }
    }
    if (literal.length() > 0 || sb.length() == 0) {
      sb.append(quote(literal.toString()));
    }
    return sb.toString();
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
