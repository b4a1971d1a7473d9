package dev.charter.core.diag;

import java.util.Locale;

/** How serious a finding is. Ordered from most to least serious, as in Spectral (error 0 … hint 3). */
public enum Severity {
  ERROR,
  WARN,
  INFO,
  HINT;

  /** The lower-case name used in configuration files and machine formats. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this severity is at least as serious as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /**
   * Parses the names people write in rulesets: {@code error}, {@code warn}/{@code warning},
   * {@code info}/{@code information}, {@code hint}, and Spectral's numeric levels 0 to 3.
   */
  public static Severity parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "error":
      case "0":
        return ERROR;
      case "warn":
      case "warning":
      case "1":
        return WARN;
      case "info":
      case "information":
      case "2":
        return INFO;
      case "hint":
      case "3":
        return HINT;
      default:
        throw new IllegalArgumentException(
            "unknown severity '" + text + "' (expected error, warn, info or hint)");
    }
  }
}
