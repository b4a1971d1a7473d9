package dev.charter.core.report;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * GitHub-flavoured Markdown for pull request comments and job summaries ({@code $GITHUB_STEP_SUMMARY}):
 * a heading with the counts, then one table per file with findings
 * ({@code Severity | Location | Rule | Message}). A clean run is the heading and
 * {@value #NO_PROBLEMS}.
 *
 * <p>Everything that comes from the documents is escaped so that it renders as the literal text:
 * Markdown punctuation gets a backslash, {@code < > &} become entities (no raw HTML reaches the
 * page), line breaks become {@code <br>}, and control characters are made visible as
 * {@code \\uXXXX} ({@link Text#visible}).
 */
public final class MarkdownReporter implements Reporter {

  public static final String NO_PROBLEMS = "No problems found.";

  private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._/-]+");
  private static final Pattern SAFE_URL = Pattern.compile("https?://[^\\s()<>\\[\\]`|\\\\]+");

  @Override
  public void write(Report report, ReportContext context, Writer out) throws IOException {
    DisplayPaths paths = DisplayPaths.of(context);
    Tally tally = Tally.of(report.diagnostics());
    StringBuilder sb = new StringBuilder();
    sb.append("## charter ").append(escape(report.command()));
    if (tally.total() == 0) {
      sb.append("\n\n").append(NO_PROBLEMS).append('\n');
      out.write(sb.toString());
      out.flush();
      return;
    }
    sb.append(": ").append(tally.sentence()).append('\n');
    for (Map.Entry<String, List<Diagnostic>> group : Tally.byFile(report.diagnostics()).entrySet()) {
      String file = group.getKey();
      sb.append("\n### ").append(escape(paths.display(file))).append("\n\n");
      sb.append("| Severity | Location | Rule | Message |\n");
      sb.append("| --- | --- | --- | --- |\n");
      for (Diagnostic d : group.getValue()) {
        sb.append("| ").append(severity(d.severity()));
        sb.append(" | ").append(position(d.location()));
        sb.append(" | ").append(rule(d.id(), report.rules().get(d.id())));
        sb.append(" | ").append(escape(d.message()));
        for (Location r : d.related()) {
          sb.append("<br>see ").append(escape(related(file, r, paths)));
        }
        sb.append(" |\n");
      }
    }
    out.write(sb.toString());
    out.flush();
  }

  private static String severity(Severity s) {
    return switch (s) {
      case ERROR -> "**error**";
      case WARN -> "warning";
      case INFO -> "info";
      case HINT -> "hint";
    };
  }

  private static String position(Location l) {
    if (!l.hasPosition()) {
      return "-";
    }
    return l.column() > 0 ? l.line() + ":" + l.column() : Integer.toString(l.line());
  }

  private static String related(String file, Location r, DisplayPaths paths) {
    String where = r.hasPosition() ? position(r) : "";
    if (r.file().equals(file) && !where.isEmpty()) {
      return where;
    }
    String name = paths.display(r.file());
    return where.isEmpty() ? name : name + ":" + where;
  }

  private static String rule(String id, RuleInfo info) {
    String label = PLAIN_ID.matcher(id).matches() ? "`" + id + "`" : escape(id);
    String uri = info == null ? null : info.helpUri().orElse(null);
    return uri != null && SAFE_URL.matcher(uri).matches() ? "[" + label + "](" + uri + ")" : label;
  }

  /** Escapes text for a table cell (and headings): it renders as exactly the characters given. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    String text = Text.visible(s).replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> sb.append("<br>");
        case '\t' -> sb.append(' ');
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '\\', '`', '*', '_', '[', ']', '|', '~', '#', '!' -> sb.append('\\').append(c);
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
