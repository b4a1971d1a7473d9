package dev.charter.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A GitLab Code Quality report: a JSON array with one issue per finding ({@code description},
 * {@code check_name}, {@code fingerprint}, {@code severity}, {@code location.path},
 * {@code location.lines.begin}). A clean run is {@code []}. GitLab needs a line, so a finding
 * without one is reported on line 1.
 */
public final class GitlabReporter implements Reporter {

  @Override
  public void write(Report report, ReportContext context, Writer out) throws IOException {
    DisplayPaths paths = DisplayPaths.of(context);
    List<String> fingerprints = Fingerprints.of(report.diagnostics(), paths);
    ArrayNode issues = JsonOutput.NODES.arrayNode();
    for (int i = 0; i < report.diagnostics().size(); i++) {
      Diagnostic d = report.diagnostics().get(i);
      Location l = d.location();
      ObjectNode issue = issues.addObject();
      issue.put("description", d.message());
      issue.put("check_name", d.id());
      issue.put("fingerprint", fingerprints.get(i));
      issue.put("severity", severity(d.severity()));
      ObjectNode location = issue.putObject("location");
      location.put("path", paths.artifactPath(l.file()));
      location.putObject("lines").put("begin", l.hasPosition() ? l.line() : 1);
    }
    JsonOutput.write(issues, out);
  }

  static String severity(Severity s) {
    return switch (s) {
      case ERROR -> "major";
      case WARN -> "minor";
      case INFO, HINT -> "info";
    };
  }
}
