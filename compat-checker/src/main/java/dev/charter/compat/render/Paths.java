package dev.charter.compat.render;

import dev.charter.core.diag.Location;
import java.nio.file.Path;

/** File names as people read them: relative to the working directory when inside it. */
final class Paths {
  private Paths() {}

  static String file(String file, Path workingDir) {
    try {
      Path p = Path.of(file);
      if (p.isAbsolute() && workingDir != null && p.startsWith(workingDir)) {
        return workingDir.relativize(p).toString();
      }
    } catch (RuntimeException e) {
      // REV:path, <stdin>, a URL: not a path here
    }
    return file;
  }

  static String at(Location l, Path workingDir) {
    String f = file(l.file(), workingDir);
    return l.line() > 0 ? f + ":" + l.line() + (l.column() > 0 ? ":" + l.column() : "") : f;
  }
}
