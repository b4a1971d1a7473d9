package dev.charter.compat.render;

import dev.charter.compat.Bump;
import dev.charter.compat.Change;
import dev.charter.compat.CompatResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A Markdown changelog for release notes and pull request comments: the bump, then breaking
 * changes, planned removals, additions and other compatible changes, documentation, each grouped
 * by operation. Changes with no bump (refactors) are counted, not listed.
 */
public final class Changelog {
  private Changelog() {}

  public static String render(List<CompatResult> results, Path workingDir) {
    StringBuilder out = new StringBuilder();
    for (CompatResult r : results) {
      out.append("## Changes from `").append(Paths.file(r.oldName(), workingDir)).append("` to `")
          .append(Paths.file(r.newName(), workingDir)).append("`\n\n");
      out.append("**Semver bump: ").append(r.bump().label()).append("**");
      out.append(r.breaking() ? " (breaking changes)" : "").append("\n\n");
      r.version().ifPresent(v -> out.append("> ").append(v.satisfied() ? "" : "**Version check failed:** ")
          .append(v.message()).append("\n\n"));
      section(out, "Breaking changes", r.changes(), Change::breaking);
      section(out, "Planned removals", r.changes(), Change::planned);
      section(out, "New and changed (compatible)", r.changes(), c -> !c.planned() && c.bump() == Bump.MINOR);
      section(out, "Documentation", r.changes(), c -> c.bump() == Bump.PATCH);
      long none = r.changes().stream().filter(c -> c.bump() == Bump.NONE).count();
      if (none > 0) {
        out.append("_").append(none).append(none == 1 ? " change" : " changes")
            .append(" with no effect on clients (refactors, renames) not listed._\n\n");
      }
      if (r.changes().isEmpty()) {
        out.append("No changes.\n\n");
      }
    }
    return out.toString();
  }

  private static void section(StringBuilder out, String title, List<Change> all, Predicate<Change> which) {
    List<Change> picked = new ArrayList<>();
    for (Change c : all) {
      if (which.test(c)) {
        picked.add(c);
      }
    }
    if (picked.isEmpty()) {
      return;
    }
    out.append("### ").append(title).append("\n\n");
    for (Map.Entry<String, List<Change>> group : ChangeOrder.byOperation(picked).entrySet()) {
      if (group.getValue().size() == 1) {
        Change c = group.getValue().get(0);
        out.append("- `").append(group.getKey()).append("`: ").append(escape(c.message())).append(DiffText.also(c)).append(" (`").append(c.id())
            .append("`)\n");
        continue;
      }
      out.append("- `").append(group.getKey()).append("`\n");
      for (Change c : group.getValue()) {
        out.append("  - ").append(escape(c.message())).append(DiffText.also(c)).append(" (`").append(c.id()).append("`)\n");
      }
    }
    out.append('\n');
  }

  private static String escape(String text) {
    return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
  }
}
