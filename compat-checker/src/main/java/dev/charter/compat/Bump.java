package dev.charter.compat;

import java.util.Locale;

/**
 * The semver bump a change needs, smallest first so that the overall bump of a comparison is the
 * largest of its changes.
 */
public enum Bump {
  /** Nothing a reader of the contract could notice: a refactor, a reordering. */
  NONE,
  /** Documentation only: descriptions, summaries, examples. */
  PATCH,
  /** Backward-compatible: something was added or relaxed, or a guarantee tightened. */
  MINOR,
  /** Something that works today may stop working. */
  MAJOR;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean atLeast(Bump other) {
    return compareTo(other) >= 0;
  }

  public static Bump max(Bump a, Bump b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  public static Bump parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (Bump b : values()) {
      if (b.label().equals(t)) {
        return b;
      }
    }
    throw new IllegalArgumentException("unknown bump '" + text + "' (expected major, minor, patch or none)");
  }
}
