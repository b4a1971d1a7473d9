package dev.charter.core.spec;

import dev.charter.core.diag.Diagnostic;
import java.util.List;

/**
 * A spec that cannot be loaded: unreadable, malformed, over a limit, not a spec, or with references
 * that cannot be followed. Each problem is one diagnostic with its position; the CLI prints each as
 * one line and exits with 2.
 */
public final class SpecLoadException extends Exception {
  private final transient List<Diagnostic> problems;

  public SpecLoadException(List<Diagnostic> problems) {
    super(problems.isEmpty() ? "cannot load spec" : problems.get(0).oneLine());
    this.problems = List.copyOf(problems);
  }

  public SpecLoadException(Diagnostic problem) {
    this(List.of(problem));
  }

  public List<Diagnostic> problems() {
    return problems;
  }
}
