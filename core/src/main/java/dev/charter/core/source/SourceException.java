package dev.charter.core.source;

/**
 * A document or reference that cannot be read under the rules in force. {@code id} is the stable
 * diagnostic id ({@code file-not-found}, {@code ref-outside-root}, {@code remote-ref-refused}, …).
 */
public final class SourceException extends Exception {
  private final String id;

  public SourceException(String id, String message) {
    super(message);
    this.id = id;
  }

  public SourceException(String id, String message, Throwable cause) {
    super(message, cause);
    this.id = id;
  }

  public String id() {
    return id;
  }
}
