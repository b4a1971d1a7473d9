package dev.charter.codegen.contract;

/**
 * Java string literals for text from a spec or generated from it. Quotes, backslashes and line
 * breaks are escaped; other control characters become octal escapes; everything outside ASCII
 * becomes a {@code \}{@code uXXXX} escape, which is safe there because javac decodes those before
 * anything else and none of them stands for a quote, backslash or line break (those are escaped
 * already). The source stays ASCII, whatever encoding it is read with.
 */
final class JavaLiterals {
  private JavaLiterals() {}

  static String string(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            sb.append(String.format("\\%03o", (int) c));
          } else if (c > 0x7e) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
