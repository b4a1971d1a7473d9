package dev.charter.core.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One report asked for as {@code FORMAT} or {@code FORMAT=FILE}: the command line's {@code
 * --format} and the Maven plugin's {@code formats} read entries alike. Without a file the caller
 * decides where the report goes (standard output, or a default file).
 */
public record ReportTarget(ReportFormat format, Optional<Path> file) {

  /**
   * Reads one entry; {@code FILE} is relative to {@code baseDir}.
   *
   * @throws IllegalArgumentException for an unknown format, or a {@code FORMAT=} that names no file
   */
  public static ReportTarget parse(String entry, Path baseDir) {
    int eq = entry.indexOf('=');
    ReportFormat format = ReportFormat.parse(eq < 0 ? entry : entry.substring(0, eq));
    if (eq < 0) {
      return new ReportTarget(format, Optional.empty());
    }
    String file = entry.substring(eq + 1).trim();
    if (file.isEmpty()) {
      throw new IllegalArgumentException("'" + entry.trim() + "' names no file (FORMAT=FILE)");
    }
    return new ReportTarget(format, Optional.of(baseDir.resolve(file).normalize()));
  }

  /**
   * The targets in order, each file once: the same format asked for twice for one file is written
   * once, two formats for one file are refused (the second would silently replace the first).
   *
   * @throws IllegalArgumentException when two formats name the same file
   */
  public static List<ReportTarget> distinctFiles(List<ReportTarget> targets) {
    Map<Path, ReportTarget> byFile = new LinkedHashMap<>();
    List<ReportTarget> out = new ArrayList<>();
    for (ReportTarget t : targets) {
      if (t.file().isEmpty()) {
        out.add(t);
        continue;
      }
      ReportTarget previous = byFile.putIfAbsent(t.file().get(), t);
      if (previous == null) {
        out.add(t);
      } else if (previous.format() != t.format()) {
        throw new IllegalArgumentException(previous.format().id() + " and " + t.format().id()
            + " would both be written to " + t.file().get());
      }
    }
    return out;
  }
}
