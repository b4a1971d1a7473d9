package dev.charter.maven;

import dev.charter.core.report.ReportFiles;
import dev.charter.core.report.ReportFormat;
import dev.charter.core.report.ReportTarget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * The report files a goal writes, from its {@code formats} parameter: each entry {@code FORMAT} or
 * {@code FORMAT=FILE}, as the command line's {@code --format}. A format without a file goes to
 * {@code <reportsDirectory>/<goal>.<extension>} ({@code target/charter/lint.sarif}); a relative
 * FILE is relative to the project's folder. The build log always shows the findings, so no format
 * is needed to see them.
 */
final class ReportFormats {
  /** One requested report. */
  record Target(ReportFormat format, Path file) {}

  private final String goal;
  private final List<Target> targets;

  private ReportFormats(String goal, List<Target> targets) {
    this.goal = goal;
    this.targets = List.copyOf(targets);
  }

  static ReportFormats parse(String goal, List<String> formats, Path reportsDirectory, Path basedir)
      throws MojoExecutionException {
    List<ReportTarget> parsed = new ArrayList<>();
    try {
      for (String entry : formats == null ? List.<String>of() : formats) {
        if (entry == null || entry.isBlank()) {
          continue;
        }
        ReportTarget t = ReportTarget.parse(entry, basedir);
        parsed.add(new ReportTarget(t.format(),
            t.file().or(() -> Optional.of(reportsDirectory.resolve(goal + "." + extension(t.format()))))));
      }
      parsed = ReportTarget.distinctFiles(parsed);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("charter:" + goal + ": formats: " + e.getMessage());
    }
    return new ReportFormats(goal, parsed.stream().map(t -> new Target(t.format(), t.file().orElseThrow())).toList());
  }

  /** The file name ending of a format's default file; distinct per format, so they can sit side by side. */
  static String extension(ReportFormat format) {
    return switch (format) {
      case STYLISH -> "txt";
      case JSON -> "json";
      case SARIF -> "sarif";
      case JUNIT -> "junit.xml";
      case GITHUB -> "github.txt";
      case GITLAB -> "gitlab.json";
      case MARKDOWN -> "md";
    };
  }

  List<Target> targets() {
    return targets;
  }

  /** Renders what a format's report holds. */
  interface Renderer {
    String render(ReportFormat format);
  }

  /**
   * Renders every report first and writes them only then, all or none, each file atomically, so a
   * failure never leaves a report half-written or one report newer than another.
   */
  void write(Renderer renderer, Path basedir, Log log) throws MojoExecutionException {
    Map<Path, String> files = new LinkedHashMap<>();
    for (Target t : targets) {
      files.put(t.file(), renderer.render(t.format()));
    }
    try {
      ReportFiles.writeAll(files);
    } catch (ReportFiles.WriteFailure e) {
      throw new MojoExecutionException("charter:" + goal + ": cannot write report " + e.file() + ": " + e.getMessage(), e);
    }
    for (Target t : targets) {
      log.info("charter:" + goal + ": " + t.format().id() + " report " + Problems.display(t.file().toString(), basedir));
    }
  }
}
