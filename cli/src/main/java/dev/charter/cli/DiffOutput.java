package dev.charter.cli;

import dev.charter.compat.CompatResult;
import dev.charter.compat.render.Changelog;
import dev.charter.compat.render.DiffDiagnostics;
import dev.charter.compat.render.DiffJson;
import dev.charter.compat.render.DiffText;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.report.Report;
import dev.charter.core.report.ReportContext;
import dev.charter.core.report.ReportFormat;
import dev.charter.core.report.Reporters;
import dev.charter.core.source.Repositories;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints comparison results in the formats asked for: text (grouped by operation), json,
 * markdown (a changelog), and the shared finding formats (sarif, junit, github, gitlab) with
 * positions in the new document. Every format is rendered before anything is written.
 */
final class DiffOutput {
  private DiffOutput() {}

  static void write(List<CompatResult> results, OutputOptions output, CliEnvironment env, boolean color) {
    Path cwd = env.workingDir();
    output.emit(env, color, (format, c) -> render(results, format, cwd, c));
  }

  private static String render(List<CompatResult> results, ReportFormat format, Path cwd, boolean color) {
    switch (format) {
      case STYLISH:
        return DiffText.render(results, cwd, color);
      case JSON:
        return DiffJson.render(results, cwd);
      case MARKDOWN:
        return Changelog.render(results, cwd);
      default:
        List<Diagnostic> findings = DiffDiagnostics.of(results);
        List<String> inputs = new ArrayList<>();
        results.forEach(r -> {
          if (!inputs.contains(r.newName())) {
            inputs.add(r.newName());
          }
        });
        Report report = new Report("diff", BuildVersion.version(), inputs, findings, DiffDiagnostics.rules(findings));
        StringWriter w = new StringWriter();
        try {
          Reporters.forFormat(format).write(report, new ReportContext(cwd, Repositories.top(cwd), false), w);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
        return w.toString();
    }
  }
}
