package dev.charter.compat.render;

import dev.charter.compat.CompatResult;
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
 * Comparison results in one report format: text (grouped by operation), json, markdown (a
 * changelog), and the shared finding formats (sarif, junit, github, gitlab) with positions in the
 * new document. The command line and the Maven plugin both render through here.
 */
public final class DiffReport {
  private DiffReport() {}

  /**
   * @param workingDir paths are shown relative to it (and to its repository's top in SARIF and GitLab)
   * @param toolVersion charter's version, for the formats that name the tool
   */
  public static String render(List<CompatResult> results, ReportFormat format, Path workingDir, boolean color,
      String toolVersion) {
    switch (format) {
      case STYLISH:
        return DiffText.render(results, workingDir, color);
      case JSON:
        return DiffJson.render(results, workingDir);
      case MARKDOWN:
        return Changelog.render(results, workingDir);
      default:
        List<Diagnostic> findings = DiffDiagnostics.of(results);
        List<String> inputs = new ArrayList<>();
        results.forEach(r -> {
          if (!inputs.contains(r.newName())) {
            inputs.add(r.newName());
          }
        });
        Report report = new Report("diff", toolVersion, inputs, findings, DiffDiagnostics.rules(findings));
        StringWriter w = new StringWriter();
        try {
          Reporters.forFormat(format).write(report, new ReportContext(workingDir, Repositories.top(workingDir), false), w);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
        return w.toString();
    }
  }
}
