package dev.charter.codegen.output;

/** A generator produced a file charter refuses to write (a path that would leave the output folder, a link). */
public final class UnsafeOutputException extends RuntimeException {
  public UnsafeOutputException(String message) {
    super(message);
  }
}
