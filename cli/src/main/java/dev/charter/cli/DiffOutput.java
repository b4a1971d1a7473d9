package dev.charter.cli;

import dev.charter.compat.CompatResult;
import dev.charter.compat.render.Changelog;
import dev.charter.compat.render.DiffDiagnostics;
import dev.charter.compat.render.DiffJson;
import dev.charter.compat.render.DiffText;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.core.report.Report;
import dev.charter.core.report.ReportContext;
import dev.charter.core.report.ReportFormat;
import dev.charter.core.report.Reporters;
import dev.charter.core.source.Repositories;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    List<OutputOptions.Target> targets = output.targets(env);
    Path cwd = env.workingDir();
    List<String> rendered = new ArrayList<>();
    for (OutputOptions.Target t : targets) {
      rendered.add(render(results, t.format(), cwd, t.file() == null && color));
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

  private static void writeAtomically(Path file, String content) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
      try {
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        try {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new InputException(new Diagnostic("output-error", Severity.ERROR,
          "cannot write report " + file + ": " + e.getMessage(), Location.ofFile(file.toString())));
    }
  }
}
