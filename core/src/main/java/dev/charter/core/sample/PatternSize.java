package dev.charter.core.sample;

/**
 * The longest string a pattern's generator (RgxGen) could produce, read from the pattern's text
 * before anything is generated. RgxGen repeats {@code a{1000000000}} a billion times into one
 * StringBuilder and {@code (x{1000}){1000}} a million times, whatever the caller wants; a spec is
 * input, so a pattern whose strings could be longer than the caller can use is not given to it.
 */
public final class PatternSize {
  private static final long CAP = 1L << 40;

  private PatternSize() {}

  /**
   * Whether no string generated from {@code pattern} is longer than {@code limit}, counting
   * unbounded repetition ({@code *}, {@code +}, {@code {n,}}) as {@code infinite} more.
   * Conservative: alternatives count as their longest, a class or an escape as one character.
   */
  public static boolean atMost(String pattern, int infinite, long limit) {
    return upperBound(pattern, infinite) <= limit;
  }

  static long upperBound(String p, int infinite) {
    // per open group: the longest alternative so far, and the length of the current one
    long[] alt = new long[p.length() + 2];
    long[] cur = new long[p.length() + 2];
    int depth = 0;
    long last = 0;
    int i = 0;
    int n = p.length();
    while (i < n) {
      char c = p.charAt(i);
      long atom;
      if (c == '\\') {
        i += 2;
        if (i <= n && (p.charAt(i - 1) == 'p' || p.charAt(i - 1) == 'P' || p.charAt(i - 1) == 'x' || p.charAt(i - 1) == 'u')
            && i < n && p.charAt(i) == '{') {
          int close = p.indexOf('}', i);
          i = close < 0 ? n : close + 1;
        }
        atom = 1;
      } else if (c == '[') {
        i = classEnd(p, i);
        atom = 1;
      } else if (c == '(') {
        depth++;
        alt[depth] = 0;
        cur[depth] = 0;
        i++;
        last = 0;
        continue;
      } else if (c == ')') {
        atom = depth > 0 ? Math.max(alt[depth], cur[depth]) : 0;
        depth = Math.max(0, depth - 1);
        i++;
      } else if (c == '|') {
        alt[depth] = Math.max(alt[depth], cur[depth]);
        cur[depth] = 0;
        i++;
        last = 0;
        continue;
      } else if (c == '*' || c == '+' || c == '?' || c == '{' && quantifierEnd(p, i) > 0) {
        long times;
        if (c == '{') {
          int end = quantifierEnd(p, i);
          String body = p.substring(i + 1, end);
          int comma = body.indexOf(',');
          if (comma < 0) {
            times = parse(body);
          } else if (comma == body.length() - 1) {
            times = add(parse(body.substring(0, comma)), infinite);
          } else {
            times = parse(body.substring(comma + 1));
          }
          i = end + 1;
        } else {
          times = c == '?' ? 1 : infinite;
          i++;
        }
        if (i < n && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
          i++; // lazy or possessive: the same lengths
        }
        cur[depth] = add(cur[depth], mul(last, times - 1));
        last = 0;
        continue;
      } else if (c == '^' || c == '$') {
        i++;
        last = 0;
        continue;
      } else {
        i++;
        atom = 1;
      }
      cur[depth] = add(cur[depth], atom);
      last = atom;
    }
    long total = Math.max(alt[0], cur[0]);
    for (int d = depth; d > 0; d--) {
      total = add(total, Math.max(alt[d], cur[d]));
    }
    return total;
  }

  /** The index after the class that starts at {@code start}. */
  private static int classEnd(String p, int start) {
    int i = start + 1;
    if (i < p.length() && p.charAt(i) == '^') {
      i++;
    }
    if (i < p.length() && p.charAt(i) == ']') {
      i++;
    }
    while (i < p.length() && p.charAt(i) != ']') {
      i += p.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(p.length(), i + 1);
  }

  /** The index of the {@code }} of a quantifier {@code {n}}, {@code {n,}} or {@code {n,m}} at {@code i}; -1 if none. */
  private static int quantifierEnd(String p, int i) {
    int j = i + 1;
    int digits = 0;
    while (j < p.length() && Character.isDigit(p.charAt(j))) {
      j++;
      digits++;
    }
    if (digits == 0) {
      return -1;
    }
    if (j < p.length() && p.charAt(j) == ',') {
      j++;
      while (j < p.length() && Character.isDigit(p.charAt(j))) {
        j++;
      }
    }
    return j < p.length() && p.charAt(j) == '}' ? j : -1;
  }

  private static long parse(String digits) {
    return digits.length() > 12 ? CAP : Math.min(CAP, Long.parseLong(digits));
  }

  private static long add(long a, long b) {
    return Math.min(CAP, a + b);
  }

  private static long mul(long a, long b) {
    if (a == 0 || b <= 0) {
      return 0;
    }
    return a > CAP / b ? CAP : Math.min(CAP, a * b);
  }
}
