package dev.charter.codegen.output;

/**
 * One generated file and what happens to it in the output folder.
 *
 * @param reason why it is {@link Status#IGNORED} or {@link Status#CONFLICT}; empty otherwise
 */
public record OutputFile(OutputPath path, Status status, String reason) {

  public enum Status {
    /** Does not exist yet: written. */
    CREATE("create"),
    /** Written by charter before and unchanged since: replaced with the new content. */
    UPDATE("update"),
    /** Exists with exactly this content: left alone. */
    UNCHANGED("unchanged"),
    /** Matches a rule of {@code .openapi-generator-ignore}: never written. */
    IGNORED("ignored"),
    /** Exists but charter did not write it, or it was edited since: written only with --force. */
    CONFLICT("conflict"),
    /** A conflict that --force overwrote. */
    OVERWRITE("overwrite");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** Whether the file's content is written to the output folder. */
    public boolean writes() {
      return this == CREATE || this == UPDATE || this == OVERWRITE;
    }
  }
}
