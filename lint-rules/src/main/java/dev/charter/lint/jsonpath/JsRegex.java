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
    String p = translate(pattern, f.indexOf('u') >= 0);
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

  /** JavaScript syntax that neither engine reads as JavaScript does. */
  private static String translate(String p, boolean unicode) {
    // [^] matches any character in JavaScript.
    String out = p.replace("[^]", "[\\s\\S]");
    if (unicode && out.contains("\\u{")) {
      // With the u flag, a \\u{1F600} escape is a code point, which both engines write \x{1F600}.
      StringBuilder sb = new StringBuilder(out.length());
      for (int i = 0; i < out.length(); i++) {
        char c = out.charAt(i);
        if (c == '\\' && i + 2 < out.length() && out.charAt(i + 1) == 'u' && out.charAt(i + 2) == '{') {
          sb.append("\\x");
          i++;
        } else if (c == '\\' && i + 1 < out.length()) {
          sb.append(c).append(out.charAt(++i));
        } else {
          sb.append(c);
        }
      }
      out = sb.toString();
    }
    return out;
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
