package dev.charter.core.diag;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Where something is: a file, a 1-based line and column (0 when unknown), an end where known, and the
 * JSON pointer of the node inside that file.
 *
 * <p>{@code file} is the source's name as charter knows it: an absolute path for files on disk,
 * {@code REV:path} for a file read from a git revision, {@code <stdin>}, or a URL. Reporters make
 * paths relative where their format wants it.
 */
public record Location(String file, String pointer, int line, int column, int endLine, int endColumn) {

  public Location {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pointer, "pointer");
  }

  /** A location known only by its file, such as a file that cannot be read at all. */
  public static Location ofFile(String file) {
    return new Location(file, "", 0, 0, 0, 0);
  }

  public static Location of(String file, String pointer, int line, int column) {
    return new Location(file, pointer, line, column, 0, 0);
  }

  public boolean hasPosition() {
    return line > 0;
  }

  public boolean hasEnd() {
    return endLine > 0;
  }

  /** {@code file:line:col}, or less where less is known. */
  public String describe() {
    return describe(UnaryOperator.identity());
  }

  /**
   * {@code file:line:col} with the file as {@code fileName} writes it (relative to the working
   * directory, say: {@code DisplayPaths::display}), or less where less is known.
   */
  public String describe(UnaryOperator<String> fileName) {
    String name = fileName.apply(file);
    if (line <= 0) {
      return name;
    }
    return column > 0 ? name + ":" + line + ":" + column : name + ":" + line;
  }

  @Override
  public String toString() {
    return describe() + (pointer.isEmpty() ? "" : " (" + (pointer.isEmpty() ? "#" : "#" + pointer) + ")");
  }
}
