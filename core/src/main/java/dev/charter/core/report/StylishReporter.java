package dev.charter.core.report;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Output for people, in the manner of ESLint's and Spectral's "stylish": findings grouped under
 * their file (relative to the working directory), one aligned row each
 * ({@code line:col  severity  message  id}), related locations on an indented line below, and a
 * closing summary. Colour only when {@link ReportContext#color()} is set.
 *
 * <p>Text from the documents (messages quote keys and values) is printed with control characters
 * and bidirectional controls made visible as {@code \\uXXXX} ({@link Text#visible}), so a hostile
 * spec cannot drive the terminal.
 */
public final class StylishReporter implements Reporter {

  /** The last line of a clean run. */
  public static final String NO_PROBLEMS = "No problems found.";

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String UNDERLINE = "\u001b[4m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String CYAN = "\u001b[36m";
  private static final String GRAY = "\u001b[90m";

  @Override
  public void write(Report report, ReportContext context, Writer out) throws IOException {
    DisplayPaths paths = DisplayPaths.of(context);
    Style style = new Style(context.color());
    StringBuilder sb = new StringBuilder();
    Tally tally = Tally.of(report.diagnostics());
    if (tally.total() == 0) {
      sb.append(style.paint(BOLD, NO_PROBLEMS)).append('\n');
      out.write(sb.toString());
      out.flush();
      return;
    }
    for (Map.Entry<String, List<Diagnostic>> group : Tally.byFile(report.diagnostics()).entrySet()) {
      sb.append(style.paint(UNDERLINE, safe(paths.display(group.getKey())))).append('\n');
      appendTable(sb, group.getKey(), group.getValue(), paths, style);
      sb.append('\n');
    }
    String colour = tally.errors() > 0 ? RED : tally.warnings() > 0 ? YELLOW : CYAN;
    sb.append(style.paint(BOLD + colour, "\u2716 " + tally.sentence())).append('\n');
    out.write(sb.toString());
    out.flush();
  }

  private record Row(String line, String column, Severity severity, List<String> message, String id,
      List<String> related) {}

  private static void appendTable(StringBuilder sb, String file, List<Diagnostic> diagnostics, DisplayPaths paths,
      Style style) {
    List<Row> rows = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      Location l = d.location();
      String line = l.hasPosition() ? Integer.toString(l.line()) : "-";
      String column = l.hasPosition() && l.column() > 0 ? Integer.toString(l.column()) : "";
      List<String> related = new ArrayList<>();
      for (Location r : d.related()) {
        related.add(relatedText(file, r, paths));
      }
      rows.add(new Row(line, column, d.severity(), lines(safe(d.message())), safe(d.id()), related));
    }
    int lineWidth = rows.stream().mapToInt(r -> r.line().length()).max().orElse(0);
    int columnWidth = rows.stream().mapToInt(r -> r.column().length()).max().orElse(0);
    int positionWidth = lineWidth + (columnWidth > 0 ? 1 + columnWidth : 0);
    int severityWidth = rows.stream().mapToInt(r -> word(r.severity()).length()).max().orElse(0);
    int messageWidth = rows.stream().mapToInt(r -> width(r.message().get(0))).max().orElse(0);
    String indent = " ".repeat(2 + positionWidth + 2 + severityWidth + 2);

    for (Row r : rows) {
      String position = pad(" ".repeat(lineWidth - r.line().length()) + r.line()
          + (r.column().isEmpty() ? "" : ":" + r.column()), positionWidth);
      sb.append("  ").append(style.paint(DIM, position)).append("  ");
      String word = word(r.severity());
      sb.append(style.paint(colour(r.severity()), word)).append(" ".repeat(severityWidth - word.length() + 2));
      sb.append(pad(r.message().get(0), messageWidth)).append("  ").append(style.paint(DIM, r.id())).append('\n');
      for (String more : r.message().subList(1, r.message().size())) {
        sb.append(stripEnd(indent + more)).append('\n');
      }
      for (String rel : r.related()) {
        sb.append(indent).append(style.paint(DIM, "\u21b3 see " + rel)).append('\n');
      }
    }
  }

  private static String relatedText(String file, Location r, DisplayPaths paths) {
    String where = r.hasPosition() ? (r.column() > 0 ? r.line() + ":" + r.column() : Integer.toString(r.line())) : "";
    if (r.file().equals(file) && !where.isEmpty()) {
      return where;
    }
    String name = safe(paths.display(r.file()));
    return where.isEmpty() ? name : name + ":" + where;
  }

  static String word(Severity s) {
    return s == Severity.WARN ? "warning" : s.label();
  }

  private static String colour(Severity s) {
    return switch (s) {
      case ERROR -> RED;
      case WARN -> YELLOW;
      case INFO -> CYAN;
      case HINT -> GRAY;
    };
  }

  private static List<String> lines(String text) {
    return List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
  }

  private static String pad(String s, int width) {
    int w = width(s);
    return w >= width ? s : s + " ".repeat(width - w);
  }

  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }

  private static String stripEnd(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(0, end);
  }

  private static String safe(String s) {
    return Text.visible(s);
  }

  private record Style(boolean on) {
    String paint(String codes, String text) {
      return on && !text.isEmpty() ? codes + text + RESET : text;
    }
  }
}
