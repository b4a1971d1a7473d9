package dev.charter.core.source;

import java.util.Objects;

/**
 * The identity of one loaded document. {@code key} is canonical for its kind: an absolute normalised
 * path, {@code REV:path} with a repository-relative path, the stdin name, or an absolute URL.
 */
public record DocumentId(Kind kind, String key) {

  public enum Kind {
    FILE,
    GIT,
    STDIN,
    REMOTE
  }

  public DocumentId {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(key);
  }

  /** The name diagnostics carry in {@link dev.charter.core.diag.Location#file()}. */
  public String name() {
    return key;
  }

  @Override
  public String toString() {
    return key;
  }
}
