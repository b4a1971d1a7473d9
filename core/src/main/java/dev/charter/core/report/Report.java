package dev.charter.core.report;

import dev.charter.core.diag.Diagnostic;
import java.util.List;
import java.util.Map;

/**
 * Everything a reporter needs: which command produced the findings, the files that were checked
 * (a clean file still appears in JUnit as a passing test case), the findings, and metadata of the
 * rules that appear.
 *
 * @param command {@code validate}, {@code lint}, {@code diff}, …
 * @param toolVersion charter's version, from the build
 * @param inputs the names of the files checked, as in {@link dev.charter.core.diag.Location#file()}
 * @param diagnostics the findings, in any order (reporters sort by position)
 * @param rules metadata by rule id; a finding whose id is missing here is still reported
 * @param cases the test cases behind the findings, for commands that run cases ({@code verify});
 *     empty for the others. When present, JUnit output lists these instead of one case per finding.
 */
public record Report(String command, String toolVersion, List<String> inputs, List<Diagnostic> diagnostics,
    Map<String, RuleInfo> rules, List<ReportCase> cases) {

  public Report {
    inputs = List.copyOf(inputs);
    diagnostics = diagnostics.stream().sorted(Diagnostic.BY_POSITION).toList();
    rules = Map.copyOf(rules);
    cases = List.copyOf(cases);
  }

  /** A report of findings only, without test cases. */
  public Report(String command, String toolVersion, List<String> inputs, List<Diagnostic> diagnostics,
      Map<String, RuleInfo> rules) {
    this(command, toolVersion, inputs, diagnostics, rules, List.of());
  }
}
