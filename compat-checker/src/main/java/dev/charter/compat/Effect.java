package dev.charter.compat;

/** How a change moves the set of values a schema (or any other constraint) admits. */
public enum Effect {
  /** The new version admits fewer values. */
  NARROWED,
  /** The new version admits more values. */
  WIDENED,
  /** Each version admits values the other does not. */
  CHANGED,
  /** The same values as before. */
  NEUTRAL
}
