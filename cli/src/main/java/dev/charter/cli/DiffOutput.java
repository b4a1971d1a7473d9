package dev.charter.cli;

import dev.charter.compat.CompatResult;
import dev.charter.compat.render.DiffReport;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.core.report.ReportFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints comparison results in the formats asked for (rendered by {@link DiffReport}). Every
 * format is rendered before anything is written.
 */
final class DiffOutput {
  private DiffOutput() {}

  static void write(List<CompatResult> results, OutputOptions output, CliEnvironment env, boolean color) {
    List<OutputOptions.Target> targets = output.targets(env);
    Path cwd = env.workingDir();
    List<String> rendered = new ArrayList<>();
    for (OutputOptions.Target t : targets) {
      rendered.add(DiffReport.render(results, t.format(), cwd, t.file() == null && color, BuildVersion.version()));
    }
    for (int i = 0; i < targets.size(); i++) {
      OutputOptions.Target t = targets.get(i);
      if (t.file() == null) {
        env.out().print(rendered.get(i));
        env.out().flush();
      } else {
        writeAtomically(t.file(), rendered.get(i));
      }
    }
  }

  private static void writeAtomically(Path file, String content) {
    try {
      ReportFiles.write(file, content);
    } catch (IOException e) {
      throw new InputException(new Diagnostic("output-error", Severity.ERROR,
          "cannot write report " + file + ": " + e.getMessage(), Location.ofFile(file.toString())));
    }
  }
}
