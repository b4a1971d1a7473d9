package dev.charter.lint.jsonpath;

import java.util.Locale;

/**
 * A JavaScript regular expression, run safely: RE2/J (linear time) whenever the pattern is in its
 * syntax, which is nearly always. Patterns that need backtracking (look-around, back-references) fall
 * back to {@code java.util.regex} with a time budget per match and a guard against deep recursion, so
 * a hostile pattern or value costs at most the budget, never a hang.
 */
public final class JsRegex {
  private static final long BUDGET_NANOS = 100_000_000L;

  private final String source;
  private final com.google.re2j.Pattern re2;
  private final java.util.regex.Pattern backtracking;

  private JsRegex(String source, com.google.re2j.Pattern re2, java.util.regex.Pattern backtracking) {
    this.source = source;
    this.re2 = re2;
    this.backtracking = backtracking;
  }

  /**
   * Compiles {@code pattern} with JavaScript flags ({@code i}, {@code m}, {@code s}; {@code u} for
   * {@code \\u{…}} escapes; {@code g}, {@code y} change nothing for a test).
   */
  public static JsRegex compile(String pattern, String flags) throws IllegalArgumentException {
    String f = flags == null ? "" : flags;
    String p = translate(pattern, f.indexOf('u') >= 0, f.indexOf('s') >= 0);
    int re2Flags = 0;
    int javaFlags = 0;
    if (f.indexOf('i') >= 0) {
      re2Flags |= com.google.re2j.Pattern.CASE_INSENSITIVE;
      javaFlags |= java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE;
    }
    if (f.indexOf('m') >= 0) {
      re2Flags |= com.google.re2j.Pattern.MULTILINE;
      javaFlags |= java.util.regex.Pattern.MULTILINE;
    }
    if (f.indexOf('s') >= 0) {
      re2Flags |= com.google.re2j.Pattern.DOTALL;
      javaFlags |= java.util.regex.Pattern.DOTALL;
    }
    try {
      return new JsRegex(pattern, com.google.re2j.Pattern.compile(p, re2Flags), null);
    } catch (com.google.re2j.PatternSyntaxException e) {
      try {
        return new JsRegex(pattern, null, java.util.regex.Pattern.compile(p, javaFlags));
      } catch (java.util.regex.PatternSyntaxException e2) {
        throw new IllegalArgumentException("invalid regular expression /" + pattern + "/: "
            + e2.getDescription().toLowerCase(Locale.ROOT));
      }
    }
  }

  /**
   * Spectral's form: {@code /body/flags} when written that way, else the whole text with no flags.
   */
  public static JsRegex parse(String text) throws IllegalArgumentException {
    if (text.length() >= 2 && text.startsWith("/")) {
      int end = text.lastIndexOf('/');
      if (end > 0) {
        String flags = text.substring(end + 1);
        if (flags.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
          return compile(text.substring(1, end), flags);
        }
      }
    }
    return compile(text, "");
  }

  /** What JavaScript's {@code \\s} matches: Unicode spaces too, where both engines take ASCII only. */
  private static final String JS_SPACE =
      "\\t\\n\\x0B\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}";
  /** Letters that mean something after a backslash in JavaScript; without the u flag any other is the letter itself. */
  private static final String JS_ESCAPES = "dDwWsSbBnrtfvcxuk";

  /**
   * Rewrites what the two engines read differently from JavaScript: {@code \\s} and {@code \\S}
   * (Unicode spaces), {@code .} (stops at {@code \\r}, U+2028 and U+2029 too), {@code [^]} (any
   * character), {@code \\uXXXX} and, under the u flag, {@code \\u{…}} (code points, written
   * {@code \\x{…}} by both), and without the u flag a backslash before a letter with no meaning
   * ({@code \\h}, {@code \\p}), which JavaScript reads as the letter itself.
   */
  static String translate(String p, boolean unicode, boolean dotAll) {
    StringBuilder sb = new StringBuilder(p.length() + 16);
    boolean inClass = false;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\' && i + 1 < p.length()) {
        char n = p.charAt(++i);
        if (n == 's') {
          sb.append(inClass ? JS_SPACE : "[" + JS_SPACE + "]");
        } else if (n == 'S' && !inClass) {
          sb.append("[^").append(JS_SPACE).append(']');
        } else if (n == 'u' && unicode && i + 1 < p.length() && p.charAt(i + 1) == '{') {
          sb.append("\\x");
        } else if (n == 'u' && i + 4 < p.length() && isHex(p, i + 1, i + 5)) {
          sb.append("\\x{").append(p, i + 1, i + 5).append('}');
          i += 4;
        } else if (!unicode && Character.isLetter(n) && n < 128 && JS_ESCAPES.indexOf(n) < 0) {
          sb.append(n);
        } else {
          sb.append('\\').append(n);
        }
      } else if (inClass) {
        inClass = c != ']';
        sb.append(c);
      } else if (c == '[' && p.startsWith("[^]", i)) {
        sb.append("(?s:.)");
        i += 2;
      } else if (c == '[' && p.startsWith("[]", i)) {
        sb.append("[^\\x00-\\x{10FFFF}]");
        i += 1;
      } else if (c == '[') {
        inClass = true;
        sb.append(c);
        // A ']' right after '[' or '[^' is a literal in both engines; in JavaScript it closes the class.
        if (i + 1 < p.length() && p.charAt(i + 1) == '^') {
          sb.append('^');
          i++;
        }
      } else if (c == '.' && !dotAll) {
        sb.append("[^\\n\\r\\x{2028}\\x{2029}]");
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isHex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  public String source() {
    return source;
  }

  /** {@code regex.test(value)}: whether it matches anywhere. A fallback match over budget counts as no match. */
  public boolean test(String value) {
    if (re2 != null) {
      return re2.matcher(value).find();
    }
    try {
      return backtracking.matcher(new Budgeted(value, System.nanoTime() + BUDGET_NANOS)).find();
    } catch (OverBudget | StackOverflowError e) {
      return false;
    }
  }

  private static final class OverBudget extends RuntimeException {
    OverBudget() {
      super(null, null, false, false);
    }
  }

  /** A character sequence that stops the match once its deadline passes. */
  private static final class Budgeted implements CharSequence {
    private final String text;
    private final long deadline;
    private int reads;

    Budgeted(String text, long deadline) {
      this.text = text;
      this.deadline = deadline;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      if ((++reads & 0xfff) == 0 && System.nanoTime() > deadline) {
        throw new OverBudget();
      }
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Budgeted(text.substring(start, end), deadline);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
