package dev.charter.codegen;

import dev.charter.core.diag.Diagnostic;
import java.util.List;

/**
 * Generation could not happen, or could not be written: the spec is not usable for it, an option is
 * wrong, or the output folder would be harmed. Each problem is one {@link Diagnostic} with a
 * position where there is one. When this is thrown the output folder is as it was.
 */
public class GenerationException extends Exception {
  private final transient List<Diagnostic> problems;

  public GenerationException(List<Diagnostic> problems) {
    super(problems.isEmpty() ? "generation failed" : problems.get(0).oneLine());
    this.problems = List.copyOf(problems);
  }

  public GenerationException(Diagnostic problem) {
    this(List.of(problem));
  }

  public GenerationException(Diagnostic problem, Throwable cause) {
    super(problem.oneLine(), cause);
    this.problems = List.of(problem);
  }

  public List<Diagnostic> problems() {
    return problems;
  }
}
