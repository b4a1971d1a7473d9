package dev.charter.maven;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
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
      problems.forEach(d -> message.append(System.lineSeparator()).append("  ").append(oneLine(d, basedir)));
    }
    return new MojoExecutionException(message.toString());
  }

  static String oneLine(Diagnostic d, Path basedir) {
    return where(d.location(), basedir) + ": " + d.severity().label() + ": " + d.message() + " [" + d.id() + "]";
  }

  static String where(Location loc, Path basedir) {
    String file = display(loc.file(), basedir);
    return loc.line() > 0 ? file + ":" + loc.line() + (loc.column() > 0 ? ":" + loc.column() : "") : file;
  }

  /** A file name relative to {@code basedir} when it is a path inside it; anything else as it is. */
  static String display(String file, Path basedir) {
    try {
      Path p = Path.of(file);
      if (p.isAbsolute() && p.normalize().startsWith(basedir) && !p.normalize().equals(basedir)) {
        return basedir.relativize(p.normalize()).toString();
      }
    } catch (RuntimeException e) {
      // not a path (REV:path, a URL): shown as it is
    }
    return file;
  }
}
