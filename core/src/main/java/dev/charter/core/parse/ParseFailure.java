package dev.charter.core.parse;

/** A document that cannot be read: malformed, or beyond a limit. Carries the position where known. */
public final class ParseFailure extends Exception {
  private final TextPosition position;

  public ParseFailure(String message, TextPosition position) {
    super(message);
    this.position = position;
  }

  public ParseFailure(String message, TextPosition position, Throwable cause) {
    super(message, cause);
    this.position = position;
  }

  public TextPosition position() {
    return position;
  }
}
