package dev.charter.cli;

import dev.charter.compat.CompatResult;
import dev.charter.compat.render.DiffReport;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints comparison results in the formats asked for (rendered by {@link DiffReport}). Every
 * format is rendered before anything is written.
 */
final class DiffOutput {
  private DiffOutput() {}

  /** What {@code --quiet} shows of each comparison: the changes that fail the gate (the bump stays the bump). */
  static List<CompatResult> onlyFailing(List<CompatResult> results) {
    return results.stream().map(r -> new CompatResult(r.oldName(), r.newName(), r.policy(), r.failing(), r.bump(),
        r.failed(), r.version())).toList();
  }

  static void write(List<CompatResult> results, OutputOptions output, CliEnvironment env, boolean color) {
    Path cwd = env.workingDir();
    output.emit(env, color, (format, c) -> DiffReport.render(results, format, cwd, c, BuildVersion.version()));
  }
}
