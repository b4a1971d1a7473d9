package dev.charter.core.spec;

import dev.charter.core.diag.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * A spec that cannot be loaded: unreadable, malformed, over a limit, not a spec, or with references
 * that cannot be followed. Each problem is one diagnostic with its position; the CLI prints each as
 * one line and exits with 2.
 */
public final class SpecLoadException extends Exception {
  private final transient List<Diagnostic> problems;
  private final transient SpecDocument partial;

  public SpecLoadException(List<Diagnostic> problems) {
    this(problems, null);
  }

  /** {@code partial}: the spec as far as it loaded, when its root was read but some references failed. */
  public SpecLoadException(List<Diagnostic> problems, SpecDocument partial) {
    super(problems.isEmpty() ? "cannot load spec" : problems.get(0).oneLine());
    this.problems = List.copyOf(problems);
    this.partial = partial;
  }

  public SpecLoadException(Diagnostic problem) {
    this(List.of(problem));
  }

  public List<Diagnostic> problems() {
    return problems;
  }

  /**
   * The spec without the pieces whose references failed, when the root file itself was read and its
   * version is known: a command that can report a broken reference as a finding and go on (lint)
   * uses it; the others treat the spec as unusable.
   */
  public Optional<SpecDocument> partial() {
    return Optional.ofNullable(partial);
  }
}
