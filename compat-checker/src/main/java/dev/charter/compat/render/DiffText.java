package dev.charter.compat.render;

import dev.charter.compat.Bump;
import dev.charter.compat.Change;
import dev.charter.compat.CompatResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The text report of {@code charter diff}: changes grouped by operation, breaking ones first, each
 * with its bump, id, message and position in the new document (and the old one), then a summary.
 */
public final class DiffText {
  private DiffText() {}

  public static String render(List<CompatResult> results, Path workingDir, boolean color) {
    StringBuilder out = new StringBuilder();
    for (CompatResult r : results) {
      if (results.size() > 1 || !r.changes().isEmpty()) {
        out.append(bold(Paths.file(r.oldName(), workingDir) + " → " + Paths.file(r.newName(), workingDir), color))
            .append('\n');
      }
      for (Map.Entry<String, List<Change>> group : ChangeOrder.byOperation(r.changes()).entrySet()) {
        out.append('\n').append(bold(group.getKey(), color)).append('\n');
        for (Change c : group.getValue()) {
          String bump = c.planned() ? "major (planned)" : c.bump().label();
          out.append("  ").append(paint(pad(bump, 6), c, color)).append("  ").append(c.id()).append("  ")
              .append(c.message()).append(also(c)).append('\n');
          out.append("  ").append(" ".repeat(Math.max(6, bump.length()))).append("  at ")
              .append(Paths.at(c.newLocation(), workingDir)).append(" (was ")
              .append(Paths.at(c.oldLocation(), workingDir)).append(")\n");
        }
      }
      out.append('\n').append(summary(r)).append('\n');
      r.version().ifPresent(v -> out.append(v.satisfied() ? "version: " : "version check failed: ").append(v.message())
          .append('\n'));
      if (results.size() > 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  static String summary(CompatResult r) {
    Map<Bump, Integer> counts = ChangeOrder.counts(r.changes());
    List<String> parts = new ArrayList<>();
    counts.forEach((b, n) -> {
      if (n > 0) {
        parts.add(n + " " + b.label());
      }
    });
    long planned = r.changes().stream().filter(Change::planned).count();
    String text = r.changes().isEmpty() ? "no changes" : r.changes().size() + " "
        + (r.changes().size() == 1 ? "change" : "changes") + " (" + String.join(", ", parts)
        + (planned > 0 ? "; " + planned + " planned removal" + (planned == 1 ? "" : "s") : "") + ")";
    String verdict;
    if (r.policy().failOn().isEmpty()) {
      verdict = "no gate (--fail-on none)";
    } else if (r.failed()) {
      int failing = r.failing().size();
      verdict = "FAILED: " + (failing > 0 ? failing + " at or above " + r.policy().failOn().get().label() : "version check");
    } else {
      verdict = "passed (--fail-on " + r.policy().failOn().get().label() + ")";
    }
    return text + "; bump: " + r.bump().label() + "; " + (r.breaking() ? "breaking" : "not breaking") + " ("
        + r.policy().mode().label() + "); " + verdict;
  }

  static String also(Change c) {
    int n = c.otherOperations().size();
    return n == 0 ? "" : " (also in " + n + " other operation" + (n == 1 ? "" : "s") + ")";
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  private static String bold(String s, boolean color) {
    return color ? "\u001b[1m" + s + "\u001b[0m" : s;
  }

  private static String paint(String s, Change c, boolean color) {
    if (!color) {
      return s;
    }
    String code = c.breaking() ? "31" : c.bump() == Bump.MAJOR ? "33" : c.bump() == Bump.MINOR ? "36" : "2";
    return "\u001b[" + code + "m" + s + "\u001b[0m";
  }
}
