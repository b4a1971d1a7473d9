package dev.charter.compat.render;

import dev.charter.compat.Bump;
import dev.charter.compat.Catalogue;
import dev.charter.compat.Change;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.CompatResult;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Severity;
import dev.charter.core.report.RuleInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes as findings for the shared reporters (SARIF, JUnit, GitHub, GitLab), placed in the new
 * document with the old position as related: breaking changes are errors, other major changes
 * (planned removals, or breaking changes under a gate below major) warnings, minor ones notes.
 */
public final class DiffDiagnostics {
  private DiffDiagnostics() {}

  public static List<Diagnostic> of(List<CompatResult> results) {
    List<Diagnostic> out = new ArrayList<>();
    for (CompatResult r : results) {
      for (Change c : r.changes()) {
        Severity s = c.breaking() ? Severity.ERROR : c.bump() == Bump.MAJOR ? Severity.WARN
            : c.bump() == Bump.MINOR ? Severity.INFO : Severity.HINT;
        String text = "[" + (c.planned() ? "major, planned" : c.bump().label()) + "] " + c.operation() + ": " + c.message();
        out.add(new Diagnostic(c.id(), s, text, c.newLocation(), List.of(c.oldLocation())));
      }
    }
    return out;
  }

  /** Metadata of the change ids that appear, for SARIF's rule list. */
  public static Map<String, RuleInfo> rules(List<Diagnostic> diagnostics) {
    Map<String, ChangeKind> kinds = Catalogue.kinds();
    Map<String, RuleInfo> out = new LinkedHashMap<>();
    for (Diagnostic d : diagnostics) {
      ChangeKind k = kinds.get(d.id());
      if (k != null) {
        out.putIfAbsent(d.id(), RuleInfo.of(d.id(), k.bump() == Bump.MAJOR ? Severity.ERROR : Severity.INFO,
            k.summary() + " (" + k.bumpRule() + ")"));
      }
    }
    return out;
  }
}
