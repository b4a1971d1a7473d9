package dev.charter.core.parse;

import java.util.Locale;

/**
 * Sizes as people write them in options and settings: {@code 50MB}, {@code 512k}, {@code 1048576}.
 * Units are binary (k = 1024); a trailing {@code B} or {@code iB} is allowed.
 */
public final class ByteSize {
  private ByteSize() {}

  /**
   * @return the size in bytes
   * @throws IllegalArgumentException when {@code value} is not a positive size
   */
  public static long parse(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT).replace("ib", "").replace("b", "");
    long factor = 1;
    if (v.endsWith("k")) {
      factor = 1024;
    } else if (v.endsWith("m")) {
      factor = 1024 * 1024;
    } else if (v.endsWith("g")) {
      factor = 1024L * 1024 * 1024;
    }
    if (factor > 1) {
      v = v.substring(0, v.length() - 1);
    }
    long n;
    try {
      n = Long.parseLong(v.trim()) * factor;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + value + "' is not a size (try 50MB, 512k or a number of bytes)");
    }
    if (n <= 0) {
      throw new IllegalArgumentException("'" + value + "' is not a positive size");
    }
    return n;
  }
}
