package dev.charter.core.parse;

/** A 1-based line and column; 0 means unknown. Packed into a long where many are stored. */
public record TextPosition(int line, int column) {

  public static final TextPosition UNKNOWN = new TextPosition(0, 0);

  static long pack(int line, int column) {
    return ((long) line << 32) | (column & 0xffffffffL);
  }

  static TextPosition unpack(long packed) {
    return packed == 0 ? UNKNOWN : new TextPosition((int) (packed >>> 32), (int) packed);
  }

  public boolean known() {
    return line > 0;
  }
}
