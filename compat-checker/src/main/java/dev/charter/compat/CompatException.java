package dev.charter.compat;

/** Two specs that cannot be compared (different families), or a git input that cannot be read. */
public final class CompatException extends Exception {
  private final String id;

  public CompatException(String id, String message) {
    super(message);
    this.id = id;
  }

  public CompatException(String id, String message, Throwable cause) {
    super(message, cause);
    this.id = id;
  }

  /** A stable kebab-case id for the problem ({@code spec-family-mismatch}). */
  public String id() {
    return id;
  }
}
