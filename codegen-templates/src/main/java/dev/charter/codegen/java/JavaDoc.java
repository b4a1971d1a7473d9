package dev.charter.codegen.java;

/**
 * Spec text as Javadoc. Descriptions are written by people and are hostile as often as not: a
 * {@code *}{@code /} would end the comment, a backslash-u sequence is decoded by javac before
 * comments are even found ({@code \}{@code u002a/} ends the comment too), a line starting with
 * {@code @} would start a block tag, and {@code <} {@code &} are HTML to Javadoc. All are written
 * as HTML character references, which Javadoc displays as the original characters.
 */
public final class JavaDoc {
  private JavaDoc() {}

  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> sb.append("&#92;");
        case '@' -> sb.append("&#64;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '/' -> sb.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        case '*' -> sb.append(i + 1 < text.length() && text.charAt(i + 1) == '/' ? "&#42;" : "*");
        case '\r' -> {
          if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
            sb.append('\n');
          }
        }
        case '\u2028', '\u2029', '\u0085' -> sb.append('\n');
        default -> sb.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
      }
    }
    return sb.toString().strip();
  }
}
