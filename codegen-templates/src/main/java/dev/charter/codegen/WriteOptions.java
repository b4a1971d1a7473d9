package dev.charter.codegen;

/**
 * How generated files reach the output folder.
 *
 * @param dryRun work out and list what would be written, write nothing
 * @param force overwrite files charter did not write, or that were edited since it wrote them
 */
public record WriteOptions(boolean dryRun, boolean force) {
  public static final WriteOptions DEFAULT = new WriteOptions(false, false);
}
