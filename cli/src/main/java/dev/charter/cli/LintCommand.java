package dev.charter.cli;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Severity;
import dev.charter.core.report.DisplayPaths;
import dev.charter.core.report.Report;
import dev.charter.lint.LintRequest;
import dev.charter.lint.LintResult;
import dev.charter.lint.Linter;
import dev.charter.lint.config.CharterSectionReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code charter lint}: a thin adapter over {@link Linter}. */
@Command(
    name = "lint",
    description = {
      "Lint specs with charter's rules (default: charter:recommended, which includes Spectral's recommended "
          + "OpenAPI and AsyncAPI rules under their ids) or a Spectral ruleset.",
      "Settings: the lint section of charter.yaml (extends, rules, overrides); a Spectral ruleset with --ruleset, "
          + "or .spectral.yaml|yml|json in the working directory.",
      "SPEC is a file, a folder (every spec inside it), - for standard input, or REV:path for a file in a git revision."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding at or above --fail-on (or a baseline was written)",
      "1:findings at or above --fail-on",
      "2:usage error, a wrong setting or ruleset, a baseline that cannot be read, or a spec that cannot be loaded"
    })
final class LintCommand implements Callable<Integer>, ConfigSection {

  @ParentCommand CharterCommand parent;
  @Mixin InputOptions input;
  @Mixin OutputOptions output;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
      description = "Lowest severity that fails the run: error, warn, info or hint (default: ${DEFAULT-VALUE}).",
      converter = SeverityConverter.class)
  Severity failOn = Severity.ERROR;

  @Option(names = {"-r", "--ruleset"}, paramLabel = "FILE",
      description = "Spectral ruleset (YAML or JSON) to lint with instead of charter:recommended.")
  Path ruleset;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Leave out the findings recorded in FILE; only new ones are reported and fail the run.")
  Path baseline;

  @Option(names = "--baseline-write", paramLabel = "FILE",
      description = "Record every finding of this run in FILE as the baseline, and exit 0.")
  Path baselineWrite;

  @Parameters(arity = "1..*", paramLabel = "SPEC", description = "Specs to lint.")
  List<String> specs;

  @Override
  public Set<String> structuredKeys() {
    return CharterSectionReader.KEYS;
  }

  @Override
  public Integer call() {
    CliEnvironment env = parent.environment();
    Path cwd = env.workingDir();
    LintRequest request = new LintRequest(specs, input.loadOptions(env), parent.config(),
        ruleset == null ? List.of() : List.of(cwd.resolve(ruleset).normalize()), true,
        Optional.ofNullable(baseline).map(b -> cwd.resolve(b).normalize()),
        Optional.ofNullable(baselineWrite).map(b -> cwd.resolve(b).normalize()));
    LintResult result = Linter.withDiscoveredRules().lint(request);
    if (!parent.quiet()) {
      for (Diagnostic note : result.notes()) {
        env.err().println("charter: note: " + note.location().describe(DisplayPaths.of(cwd)::display) + ": " + note.message());
      }
      env.err().flush();
    }
    if (result.hasInputErrors()) {
      throw new InputException(result.inputErrors());
    }
    if (result.baselineWritten() >= 0) {
      env.err().println("charter: wrote " + result.baselineWritten() + " finding" + (result.baselineWritten() == 1 ? "" : "s")
          + " to baseline " + baselineWrite);
      env.err().flush();
      return ExitCodes.OK;
    }
    List<Diagnostic> shown = parent.quiet()
        ? result.findings().stream().filter(d -> d.severity().atLeast(failOn)).toList() : result.findings();
    output.write(new Report("lint", BuildVersion.version(), result.inputs(), shown, result.rules()), env, parent.color());
    if (!parent.quiet() && (result.baselined() > 0 || result.suppressed() > 0)) {
      env.err().println("charter: " + result.baselined() + " finding" + (result.baselined() == 1 ? "" : "s")
          + " left out by the baseline, " + result.suppressed() + " suppressed inline");
      env.err().flush();
    }
    return ExitCodes.forFindings(result.findings(), failOn);
  }
}
