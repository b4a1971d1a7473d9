package dev.charter.compat;

import java.util.Locale;

/**
 * Whose code must keep working, in the sense of schema registries (Confluent's BACKWARD, FORWARD,
 * FULL).
 */
public enum Mode {
  /**
   * Clients written against the old contract keep working with the new API: every request they
   * send is still accepted and every response they get is one they understand. The default.
   */
  BACKWARD,
  /**
   * Clients written against the new contract work with the old API (a rollback, a server not yet
   * upgraded): their requests are accepted by the old API and its responses understood by them.
   */
  FORWARD,
  /** Both at once: any change to what may be sent or received in either direction is breaking. */
  FULL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Mode parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (Mode m : values()) {
      if (m.label().equals(t)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown mode '" + text + "' (expected backward, forward or full)");
  }
}
