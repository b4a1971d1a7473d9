package dev.charter.core.report;

import java.util.Locale;

/** Text clean-up shared by the formats that print messages for people. */
final class Text {

  private Text() {}

  /**
   * Makes text safe to show: keeps line breaks, turns tabs into spaces, and writes other control
   * characters (C0, DEL, C1) and the invisible bidirectional controls (the "Trojan Source" set) as
   * {@code \\uXXXX}. Messages quote keys and values from documents, which may be hostile; this
   * keeps them from driving a terminal or hiding text. An unpaired surrogate (JSON's {@code "\\ud800"})
   * is written as {@code \\uXXXX} too: no encoding can carry it.
   */
  static String visible(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String replacement = null;
      if (c == '\t') {
        replacement = " ";
      } else if ((c != '\n' && c != '\r' && isInvisibleControl(c)) || isUnpairedSurrogate(s, i)) {
        replacement = String.format(Locale.ROOT, "\\u%04X", (int) c);
      }
      if (replacement != null && sb == null) {
        sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (sb != null) {
        if (replacement != null) {
          sb.append(replacement);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** Whether the char at {@code i} is half of a surrogate pair without its other half. */
  static boolean isUnpairedSurrogate(CharSequence s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
  }

  private static boolean isInvisibleControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200e' || c == '\u200f' || c == '\u061c';
  }
}
