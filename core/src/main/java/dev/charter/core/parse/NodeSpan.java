package dev.charter.core.parse;

/**
 * Where one value sits in its file. {@code key} is the start of the member name when the value is
 * an object member (unknown for array elements and the root); {@code start} and {@code end} bound
 * the value itself.
 */
public record NodeSpan(TextPosition key, TextPosition start, TextPosition end) {

  /** Where a finding about this node starts: at its key when it has one, as Spectral reports it. */
  public TextPosition head() {
    return key.known() ? key : start;
  }
}
