package dev.charter.lint;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.report.RuleInfo;
import java.util.List;
import java.util.Map;

/**
 * What a lint run found.
 *
 * @param inputs the root file of every spec linted, for reports
 * @param findings the findings to report: after severity settings, overrides, inline suppressions
 *     and the baseline
 * @param inputErrors problems that stop a clean run: a spec that cannot be loaded, a wrong setting
 *     or ruleset (exit code 2). When a setting is wrong nothing is linted.
 * @param notes things the user should know that are not findings: a ruleset rule that cannot run (a
 *     JavaScript function), an unused suppression, a rule that failed
 * @param rules metadata of every rule that ran, for SARIF and JSON reports
 * @param suppressed findings silenced inline
 * @param baselined findings left out because the baseline has them
 * @param baselineWritten how many findings were recorded as the new baseline, or -1 when none was written
 */
public record LintResult(List<String> inputs, List<Diagnostic> findings, List<Diagnostic> inputErrors,
    List<Diagnostic> notes, Map<String, RuleInfo> rules, int suppressed, int baselined, int baselineWritten) {

  public LintResult {
    inputs = List.copyOf(inputs);
    findings = findings.stream().sorted(Diagnostic.BY_POSITION).toList();
    inputErrors = List.copyOf(inputErrors);
    notes = List.copyOf(notes);
    rules = Map.copyOf(rules);
  }

  /** A run that stopped before linting: only input errors. */
  public static LintResult failed(List<Diagnostic> inputErrors, List<Diagnostic> notes) {
    return new LintResult(List.of(), List.of(), inputErrors, notes, Map.of(), 0, 0, -1);
  }

  public boolean hasInputErrors() {
    return !inputErrors.isEmpty();
  }
}
