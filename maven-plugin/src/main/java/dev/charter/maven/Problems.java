package dev.charter.maven;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.report.DisplayPaths;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * How problems read in a build log: {@code file:line:col: severity: message [id]}, the file relative
 * to the project's folder, as the command line prints them relative to the working directory.
 */
final class Problems {
  private Problems() {}

  /**
   * Input the goal cannot work with (a spec that cannot be loaded, a wrong setting): the build
   * stops with an error, not a failure, and the message names each problem and where it is.
   */
  static MojoExecutionException inputError(String goal, List<Diagnostic> problems, Path basedir) {
    StringBuilder message = new StringBuilder("charter:" + goal + ": ");
    if (problems.size() == 1) {
      message.append(oneLine(problems.get(0), basedir));
    } else {
      message.append(problems.size()).append(" problems:");
      message.append(listed(problems, problems.size(), basedir));
    }
    return new MojoExecutionException(message.toString());
  }

  static String oneLine(Diagnostic d, Path basedir) {
    return String.join(System.lineSeparator(), lines(d, basedir));
  }

  /**
   * A finding as log lines: the first ends with the id, as on the command line; a message of several
   * lines (verify's curl reproducer) continues on lines of its own, indented.
   */
  static List<String> lines(Diagnostic d, Path basedir) {
    String[] message = d.message().split("\\R");
    List<String> out = new java.util.ArrayList<>();
    out.add(where(d.location(), basedir) + ": " + d.severity().label() + ": " + message[0] + " [" + d.id() + "]");
    for (int i = 1; i < message.length; i++) {
      out.add("    " + message[i]);
    }
    return out;
  }

  /** Findings for a failure message: each indented, at most {@code limit}, then how many more. */
  static String listed(List<Diagnostic> findings, int limit, Path basedir) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : findings.subList(0, Math.min(limit, findings.size()))) {
      for (String line : lines(d, basedir)) {
        out.append(System.lineSeparator()).append("  ").append(line);
      }
    }
    if (findings.size() > limit) {
      out.append(System.lineSeparator()).append("  and ").append(findings.size() - limit).append(" more (listed above)");
    }
    return out.toString();
  }

  static String where(Location loc, Path basedir) {
    return loc.describe(DisplayPaths.of(basedir)::display);
  }

  /** A file name relative to {@code basedir} when it is a path inside it; anything else as it is. */
  static String display(String file, Path basedir) {
    return DisplayPaths.of(basedir).display(file);
  }
}
