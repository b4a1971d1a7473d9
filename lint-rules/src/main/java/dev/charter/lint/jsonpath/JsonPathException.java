package dev.charter.lint.jsonpath;

/** A JSONPath or filter expression that cannot be read, with the position in it where reading failed. */
public final class JsonPathException extends Exception {
  private final int position;

  public JsonPathException(String message, int position) {
    super(message);
    this.position = position;
  }

  /** 0-based offset in the expression. */
  public int position() {
    return position;
  }
}
