package dev.charter.core.report;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a report is read. Paths in machine formats are made relative to {@code repositoryRoot}
 * when the file lies inside it (SARIF and GitLab want repository-relative paths), otherwise to
 * {@code workingDir}; stylish output uses paths relative to {@code workingDir}. {@code color}
 * is decided by the caller (a terminal, and {@code NO_COLOR} unset).
 */
public record ReportContext(Path workingDir, Optional<Path> repositoryRoot, boolean color) {

  public static ReportContext plain(Path workingDir) {
    return new ReportContext(workingDir, Optional.empty(), false);
  }
}
