package dev.charter.cli;

import dev.charter.core.diag.Diagnostic;
import java.util.List;

/** Input the command cannot work with: printed one line per problem, exit code 2. */
public final class InputException extends RuntimeException {
  private final transient List<Diagnostic> problems;

  public InputException(List<Diagnostic> problems) {
    this(problems, null);
  }

  /** With the failure behind the problems, whose trace {@code --verbose} shows. */
  public InputException(List<Diagnostic> problems, Throwable cause) {
    super(problems.isEmpty() ? "input error" : problems.get(0).oneLine(), cause);
    this.problems = List.copyOf(problems);
  }

  public InputException(Diagnostic problem) {
    this(List.of(problem));
  }

  public List<Diagnostic> problems() {
    return problems;
  }
}
