package dev.charter.core.report;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Counts and groupings that several reporters share: findings per severity, the files a report is
 * about, findings grouped by file, and the one summary sentence.
 */
public record Tally(int errors, int warnings, int infos, int hints) {

  public static Tally of(List<Diagnostic> diagnostics) {
    Map<Severity, Integer> n = new EnumMap<>(Severity.class);
    for (Diagnostic d : diagnostics) {
      n.merge(d.severity(), 1, Integer::sum);
    }
    return new Tally(n.getOrDefault(Severity.ERROR, 0), n.getOrDefault(Severity.WARN, 0),
        n.getOrDefault(Severity.INFO, 0), n.getOrDefault(Severity.HINT, 0));
  }

  public int total() {
    return errors + warnings + infos + hints;
  }

  /** {@code 3 problems (1 error, 2 warnings, 0 infos, 0 hints)}. */
  public String sentence() {
    return plural(total(), "problem") + " (" + plural(errors, "error") + ", " + plural(warnings, "warning") + ", "
        + plural(infos, "info") + ", " + plural(hints, "hint") + ")";
  }

  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * Every file the report is about, in the order reporters print them: the inputs (including clean
   * ones) and any other file a finding points at, sorted by name as {@link Diagnostic#BY_POSITION} sorts.
   */
  public static List<String> files(Report report) {
    TreeSet<String> all = new TreeSet<>(report.inputs());
    for (Diagnostic d : report.diagnostics()) {
      all.add(d.location().file());
    }
    return new ArrayList<>(all);
  }

  /** The findings of each file with at least one, in report order. */
  public static Map<String, List<Diagnostic>> byFile(List<Diagnostic> diagnostics) {
    Map<String, List<Diagnostic>> m = new LinkedHashMap<>();
    for (Diagnostic d : diagnostics) {
      m.computeIfAbsent(d.location().file(), k -> new ArrayList<>()).add(d);
    }
    return m;
  }
}
