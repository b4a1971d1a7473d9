package dev.charter.core.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes as people write them in options and settings: {@code 50MB}, {@code 512k}, {@code 1048576}.
 * Units are binary (k = 1024); a trailing {@code B} or {@code iB} is allowed.
 */
public final class ByteSize {
  /** Digits, then an optional unit: k, m or g, each optionally followed by b or ib; or b alone. */
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(?:([kmg])(?:i?b)?|b)?");

  private ByteSize() {}

  /**
   * @return the size in bytes
   * @throws IllegalArgumentException when {@code value} is not a positive size, or too large to count
   */
  public static long parse(String value) {
    Matcher m = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + value + "' is not a size (try 50MB, 512k or a number of bytes)");
    }
    long factor = m.group(2) == null ? 1 : switch (m.group(2)) {
      case "k" -> 1024L;
      case "m" -> 1024L * 1024;
      default -> 1024L * 1024 * 1024;
    };
    long n;
    try {
      n = Math.multiplyExact(Long.parseLong(m.group(1)), factor);
    } catch (ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException("'" + value + "' is too large a size");
    }
    if (n <= 0) {
      throw new IllegalArgumentException("'" + value + "' is not a positive size");
    }
    return n;
  }
}
