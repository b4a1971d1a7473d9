package dev.charter.maven;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Severity;
import dev.charter.core.report.Report;
import dev.charter.core.report.ReportContext;
import dev.charter.core.report.Reporters;
import dev.charter.core.source.Repositories;
import dev.charter.lint.LintRequest;
import dev.charter.lint.LintResult;
import dev.charter.lint.Linter;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints specs with charter's rules ({@code charter:recommended}, or a Spectral ruleset) and fails
 * the build on findings at or above {@code failOn}: {@code charter lint} in a build.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class LintMojo extends CharterMojo {
  /** Findings named in the failure message; the log and the reports have all of them. */
  private static final int NAMED_IN_FAILURE = 10;

  /** Skip this goal. {@code -Dcharter.skip} skips every charter goal. */
  @Parameter(property = "charter.lint.skip", defaultValue = "${charter.skip}")
  boolean skip;

  /**
   * Specs to lint: files, folders (every spec inside) or {@code REV:path} for a file in a git
   * revision. Default: {@code src/main/openapi}.
   */
  @Parameter(property = "charter.specs")
  List<String> specs;

  /**
   * Lowest severity that fails the build: {@code error}, {@code warn}, {@code info} or {@code hint}.
   * Default: charter.yaml's {@code lint.fail-on}, else {@code error}.
   */
  @Parameter(property = "charter.lint.failOn")
  String failOn;

  /**
   * Spectral ruleset (YAML or JSON) to lint with instead of {@code charter:recommended}. Default:
   * charter.yaml's {@code lint.ruleset}, else a {@code .spectral.yaml|yml|json} in the project's folder.
   */
  @Parameter(property = "charter.ruleset")
  File ruleset;

  /** Leave out the findings recorded in this baseline file (written by {@code charter lint --baseline-write}). */
  @Parameter(property = "charter.baseline")
  File baseline;

  /**
   * Reports to write: {@code FORMAT} or {@code FORMAT=FILE}, formats {@code stylish}, {@code json},
   * {@code sarif}, {@code junit}, {@code github}, {@code gitlab}, {@code markdown}. Without a file, a
   * report goes to {@code reportsDirectory/lint.<extension>}. Default: none (the log lists every finding).
   */
  @Parameter(property = "charter.lint.formats")
  List<String> formats;

  /** Where reports without a file of their own go. */
  @Parameter(property = "charter.reportsDirectory", defaultValue = "${project.build.directory}/charter")
  File reportsDirectory;

  @Override
  String goal() {
    return "lint";
  }

  @Override
  String section() {
    return "lint";
  }

  @Override
  boolean skip() {
    return skip;
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    Severity threshold;
    String failOnText = setting(failOn, "fail-on", "error");
    try {
      threshold = Severity.parse(failOnText);
    } catch (IllegalArgumentException e) {
      throw invalidSetting(failOn, "failOn", "fail-on", e.getMessage());
    }
    ReportFormats reports = ReportFormats.parse(goal(), formats, reportsDirectory.toPath(), basedir());
    List<Path> rulesets = setting(ruleset, "ruleset").stream().toList();
    LintRequest request = new LintRequest(specsOrDefault(specs), loadOptions(), charterConfig(), rulesets, true,
        setting(baseline, "baseline"), Optional.empty());
    LintResult result = Linter.withDiscoveredRules().lint(request);
    for (Diagnostic note : result.notes()) {
      getLog().info("charter:lint: note: " + Problems.oneLine(note, basedir()));
    }
    if (result.hasInputErrors()) {
      throw Problems.inputError(goal(), result.inputErrors(), basedir());
    }
    result.findings().forEach(this::logFinding);
    Report report = new Report("lint", charterVersion(), result.inputs(), result.findings(), result.rules());
    ReportContext context = new ReportContext(basedir(), Repositories.top(basedir()), false);
    reports.write(format -> Reporters.render(format, report, context), basedir(), getLog());

    List<Diagnostic> failing = result.findings().stream().filter(d -> d.severity().atLeast(threshold)).toList();
    String summary = result.findings().size() + " finding" + (result.findings().size() == 1 ? "" : "s") + " in "
        + result.inputs().size() + " spec" + (result.inputs().size() == 1 ? "" : "s")
        + (result.baselined() > 0 ? ", " + result.baselined() + " left out by the baseline" : "")
        + (result.suppressed() > 0 ? ", " + result.suppressed() + " suppressed inline" : "");
    if (failing.isEmpty()) {
      getLog().info("charter:lint: " + summary);
      return;
    }
    StringBuilder message = new StringBuilder("charter:lint: " + failing.size() + " finding"
        + (failing.size() == 1 ? "" : "s") + " at or above " + threshold.label() + " (" + summary + "):");
    message.append(Problems.listed(failing, NAMED_IN_FAILURE, basedir()));
    throw new MojoFailureException(message.toString());
  }
}
