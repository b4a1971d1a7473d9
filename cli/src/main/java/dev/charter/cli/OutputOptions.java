package dev.charter.cli;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.core.report.Report;
import dev.charter.core.report.ReportContext;
import dev.charter.core.report.ReportFiles;
import dev.charter.core.report.ReportFormat;
import dev.charter.core.report.ReportTarget;
import dev.charter.core.report.Reporters;
import dev.charter.core.source.Repositories;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where and how findings are reported: the same {@code --format} on every command that reports. */
public final class OutputOptions {

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT[=FILE]", split = ",",
      description = "Report format, optionally written to FILE instead of standard output; repeatable: "
          + "stylish (default), json, sarif, junit, github, gitlab, markdown.")
  List<String> formats = new ArrayList<>();

  /** One requested output: a format and the file it goes to (null for standard output). */
  record Target(ReportFormat format, Path file) {}

  List<Target> targets(CliEnvironment env) {
    List<String> given = formats.isEmpty() ? List.of("stylish") : formats;
    List<ReportTarget> parsed = new ArrayList<>();
    try {
      for (String f : given) {
        parsed.add(ReportTarget.parse(f, env.workingDir()));
      }
      parsed = ReportTarget.distinctFiles(parsed);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    if (parsed.stream().filter(t -> t.file().isEmpty()).count() > 1) {
      throw usage("only one --format can write to standard output; give the others a file (FORMAT=FILE)");
    }
    return parsed.stream().map(t -> new Target(t.format(), t.file().orElse(null))).toList();
  }

  private static InputException usage(String message) {
    return new InputException(new Diagnostic("usage-error", Severity.ERROR, message, Location.ofFile("--format")));
  }

  /** Renders one format; {@code color} is true only for a terminal on standard output. */
  @FunctionalInterface
  interface Renderer {
    String render(ReportFormat format, boolean color);
  }

  /** Writes {@code report} in every requested format. */
  void write(Report report, CliEnvironment env, boolean color) {
    Path cwd = env.workingDir();
    emit(env, color, (format, c) -> Reporters.render(format, report, new ReportContext(cwd, Repositories.top(cwd), c)));
  }

  /**
   * Renders every requested format first, writes the files, all or none, and prints to standard
   * output only then, so a failure never leaves a report half-written or one newer than another.
   */
  void emit(CliEnvironment env, boolean color, Renderer renderer) {
    List<Target> targets = targets(env);
    Map<Path, String> files = new LinkedHashMap<>();
    List<String> printed = new ArrayList<>();
    for (Target t : targets) {
      String rendered = renderer.render(t.format(), t.file() == null && color);
      if (t.file() == null) {
        printed.add(rendered);
      } else {
        files.put(t.file(), rendered);
      }
    }
    writeAtomically(files);
    for (String text : printed) {
      env.out().print(text);
      env.out().flush();
    }
  }

  private static void writeAtomically(Map<Path, String> files) {
    try {
      ReportFiles.writeAll(files);
    } catch (ReportFiles.WriteFailure e) {
      throw new InputException(new Diagnostic("output-error", Severity.ERROR,
          "cannot write report " + e.file() + ": " + e.getMessage(), Location.ofFile(e.file().toString())));
    }
  }
}
