package dev.charter.core.validate;

import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import java.time.Duration;
import java.util.Objects;

/**
 * Regular expressions from untrusted documents (a {@code pattern} in a spec, in a schema, in a
 * request the mock server checks) evaluated so that no pattern and no input can hang the process.
 *
 * <p>Patterns are compiled with RE2/J, whose matching time is linear in the input. RE2 has no
 * lookaround and no backreferences; a pattern that needs them falls back to {@link
 * java.util.regex}, which can backtrack exponentially, so there every match is bounded: inputs
 * longer than {@link Limits#maxInputLength()} are not tried, the input is read through a
 * {@link CharSequence} that gives up once {@link Limits#timeout()} has passed, and a {@link
 * StackOverflowError} from deep recursion is caught. A match that is given up on has the outcome
 * {@link Outcome#LIMIT_EXCEEDED}; {@link Pattern#find} counts it as no match.
 *
 * <p>JSON Schema patterns are ECMAScript expressions and are not anchored: {@code find} looks for
 * a match anywhere in the input, as JSON Schema requires. {@code \\uXXXX} escapes are translated for
 * RE2/J. Instances are immutable and thread-safe; this class is also the {@link
 * RegularExpressionFactory} charter hands to the JSON Schema validator.
 */
public final class SafeRegex implements RegularExpressionFactory {

  /**
   * Bounds for the backtracking fallback.
   *
   * @param maxInputLength longest input (in UTF-16 units) the fallback tries to match
   * @param timeout how long one match may take in the fallback
   */
  public record Limits(int maxInputLength, Duration timeout) {
    public Limits {
      Objects.requireNonNull(timeout, "timeout");
      if (maxInputLength < 0 || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("limits must be positive");
      }
    }
  }

  /** 16 K characters and 100 ms per match: generous for real patterns, short for a hostile one. */
  public static final Limits DEFAULT_LIMITS = new Limits(16 * 1024, Duration.ofMillis(100));

  private static final SafeRegex DEFAULT = new SafeRegex(DEFAULT_LIMITS);

  /** The result of one match attempt. */
  public enum Outcome {
    MATCH,
    NO_MATCH,
    /** The fallback engine gave up: input too long, too slow, or too deep. */
    LIMIT_EXCEEDED
  }

  private final Limits limits;

  private SafeRegex(Limits limits) {
    this.limits = limits;
  }

  /** The instance with {@link #DEFAULT_LIMITS}. */
  public static SafeRegex instance() {
    return DEFAULT;
  }

  public static SafeRegex withLimits(Limits limits) {
    return new SafeRegex(Objects.requireNonNull(limits, "limits"));
  }

  public Limits limits() {
    return limits;
  }

  /**
   * Compiles an ECMAScript-style pattern.
   *
   * @throws IllegalArgumentException when neither RE2/J nor java.util.regex accepts it
   */
  public Pattern compile(String regex) {
    Objects.requireNonNull(regex, "regex");
    try {
      com.google.re2j.Pattern re2 = com.google.re2j.Pattern.compile(toRe2(regex));
      return new Pattern(regex, re2, null, limits, Literal.of(regex));
    } catch (RuntimeException re2Refused) {
      // RE2 refuses lookaround, backreferences and a few other constructs: fall back, bounded.
    }
    try {
      return new Pattern(regex, null, java.util.regex.Pattern.compile(regex), limits, null);
    } catch (java.util.regex.PatternSyntaxException | StackOverflowError e) {
      throw new IllegalArgumentException("invalid regular expression '" + regex + "': "
          + (e instanceof java.util.regex.PatternSyntaxException p ? p.getDescription() : "too deeply nested"), e);
    }
  }

  @Override
  public RegularExpression getRegularExpression(String regex) {
    Pattern p = compile(regex);
    return p::find;
  }

  /** Rewrites ECMAScript escapes RE2 spells differently: {@code \\uXXXX} and {@code \\u{X…}}. */
  static String toRe2(String regex) {
    if (regex.indexOf("\\u") < 0) {
      return regex;
    }
    StringBuilder sb = new StringBuilder(regex.length() + 8);
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        char n = regex.charAt(i + 1);
        if (n == 'u' && isHex(regex, i + 2, 4)) {
          sb.append("\\x{").append(regex, i + 2, i + 6).append('}');
          i += 5;
          continue;
        }
        if (n == 'u' && i + 2 < regex.length() && regex.charAt(i + 2) == '{') {
          int close = regex.indexOf('}', i + 3);
          if (close > i + 3 && isHex(regex, i + 3, close - i - 3)) {
            sb.append("\\x{").append(regex, i + 3, close).append('}');
            i = close;
            continue;
          }
        }
        sb.append(c).append(n);
        i++;
        continue;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static boolean isHex(String s, int from, int count) {
    if (from + count > s.length()) {
      return false;
    }
    for (int i = from; i < from + count; i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** A compiled pattern. Immutable and thread-safe. */
  public static final class Pattern {
    private final String source;
    private final com.google.re2j.Pattern re2;
    private final java.util.regex.Pattern jdk;
    private final Limits limits;
    private final Literal literal;

    private Pattern(String source, com.google.re2j.Pattern re2, java.util.regex.Pattern jdk, Limits limits,
        Literal literal) {
      this.source = source;
      this.re2 = re2;
      this.jdk = jdk;
      this.limits = limits;
      this.literal = literal;
    }

    /** The pattern as written. */
    public String source() {
      return source;
    }

    /** True when matching runs in linear time (RE2/J); false when the bounded fallback is used. */
    public boolean isLinear() {
      return re2 != null;
    }

    /** Whether the pattern matches somewhere in {@code input}; {@link Outcome#LIMIT_EXCEEDED} counts as no. */
    public boolean find(CharSequence input) {
      return test(input) == Outcome.MATCH;
    }

    /** Looks for a match anywhere in {@code input}, within the limits. */
    public Outcome test(CharSequence input) {
      if (literal != null) {
        return literal.find(input) ? Outcome.MATCH : Outcome.NO_MATCH;
      }
      if (re2 != null) {
        return re2.matcher(input).find() ? Outcome.MATCH : Outcome.NO_MATCH;
      }
      if (input.length() > limits.maxInputLength()) {
        return Outcome.LIMIT_EXCEEDED;
      }
      long deadline = System.nanoTime() + limits.timeout().toNanos();
      try {
        return jdk.matcher(new Deadline(input, deadline)).find() ? Outcome.MATCH : Outcome.NO_MATCH;
      } catch (Deadline.Expired | StackOverflowError e) {
        return Outcome.LIMIT_EXCEEDED;
      }
    }

    @Override
    public String toString() {
      return source;
    }
  }

  /**
   * A pattern that is only literal text, possibly anchored ({@code ^x-}, {@code ^/}, {@code
   * ^\\$ref$}): the official schemas test one of these against nearly every member name, and a
   * string comparison is much cheaper than running a regular expression engine.
   */
  record Literal(String text, boolean start, boolean end) {
    private static final String META = "\\^$.|?*+()[]{}";

    /** The literal a pattern stands for, or null when it is more than that. */
    static Literal of(String regex) {
      int i = 0;
      int n = regex.length();
      boolean start = n > 0 && regex.charAt(0) == '^';
      if (start) {
        i = 1;
      }
      boolean end = n > i && regex.charAt(n - 1) == '$' && (n < 2 || regex.charAt(n - 2) != '\\');
      if (end) {
        n--;
      }
      StringBuilder text = new StringBuilder();
      for (; i < n; i++) {
        char c = regex.charAt(i);
        if (c == '\\') {
          if (i + 1 >= n) {
            return null;
          }
          char e = regex.charAt(++i);
          // only escaped punctuation stands for itself; an escaped letter or digit is a class or a code
          if (Character.isLetterOrDigit(e)) {
            return null;
          }
          text.append(e);
        } else if (META.indexOf(c) >= 0) {
          return null;
        } else {
          text.append(c);
        }
      }
      return new Literal(text.toString(), start, end);
    }

    boolean find(CharSequence input) {
      String s = input.toString();
      if (start && end) {
        return s.equals(text);
      }
      if (start) {
        return s.startsWith(text);
      }
      if (end) {
        return s.endsWith(text);
      }
      return s.contains(text);
    }
  }

  /** Reads through to the input and throws once the deadline has passed; checked every 1024 reads. */
  private static final class Deadline implements CharSequence {
    private final CharSequence text;
    private final long deadline;
    private int reads;

    Deadline(CharSequence text, long deadline) {
      this.text = text;
      this.deadline = deadline;
    }

    @Override
    public char charAt(int index) {
      if ((++reads & 0x3ff) == 0 && System.nanoTime() - deadline > 0) {
        throw new Expired();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Deadline(text.subSequence(start, end), deadline);
    }

    @Override
    public String toString() {
      return text.toString();
    }

    /** Thrown to abandon a match; no stack trace, it is never shown. */
    static final class Expired extends RuntimeException {
      Expired() {
        super("regular expression took too long", null, false, false);
      }
    }
  }
}
