package dev.charter.core.diag;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One finding: the id of the rule, check or error that produced it, how serious it is, a message a
 * person understands, where it is, and other places that belong to it (the first occurrence of a
 * duplicated key, the old side of a change).
 */
public record Diagnostic(String id, Severity severity, String message, Location location, List<Location> related) {

  /** Orders by file, line, column, then id: the order every reporter prints in. */
  public static final Comparator<Diagnostic> BY_POSITION =
      Comparator.comparing((Diagnostic d) -> d.location().file())
          .thenComparingInt(d -> d.location().line())
          .thenComparingInt(d -> d.location().column())
          .thenComparing(Diagnostic::id)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
    related = List.copyOf(related);
  }

  public Diagnostic(String id, Severity severity, String message, Location location) {
    this(id, severity, message, location, List.of());
  }

  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(id, newSeverity, message, location, related);
  }

  /** The one-line form used for input errors on stderr: {@code file:line:col: error: message [id]}. */
  public String oneLine() {
    return oneLine(UnaryOperator.identity());
  }

  /**
   * The one-line form with the file as {@code fileName} writes it: the command line and the Maven
   * plugin pass {@code DisplayPaths::display}, so a file is named relative to where they run.
   */
  public String oneLine(UnaryOperator<String> fileName) {
    return location.describe(fileName) + ": " + severity.label() + ": " + message + " [" + id + "]";
  }
}
