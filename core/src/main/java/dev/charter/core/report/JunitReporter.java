package dev.charter.core.report;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JUnit XML in the Ant/Surefire dialect that GitLab, Jenkins and Azure DevOps read.
 *
 * <ul>
 *   <li>One {@code <testsuite>} per file: every input, clean or not, plus any other file a finding
 *       points at. Names are artifact paths ({@link DisplayPaths#artifact}).
 *   <li>Each error or warning is a {@code <testcase>} named {@code <id> at <line>:<col>} holding a
 *       {@code <failure>} whose {@code type} is the id and whose body is
 *       {@code file:line:col severity message}. JUnit has no notion of "warning", so a warning fails
 *       a test case too; the body says which it was.
 *   <li>Info and hint findings are not written: a test viewer has nowhere to show advice that does
 *       not fail anything.
 *   <li>A file without errors or warnings gets one passing test case, so that viewers do not show
 *       "no tests".
 *   <li>{@code errors} and {@code skipped} are always 0: a finding is a failed check, not a crash.
 * </ul>
 *
 * <p>A report that carries {@linkplain Report#cases() test cases} ({@code verify}) is written as
 * those cases instead: one {@code <testsuite>} per {@link ReportCase#suite()}, one {@code
 * <testcase>} per case, passing, with one {@code <failure>} listing every finding that failed it,
 * or {@code <skipped>} with the reason.
 *
 * <p>The output declares UTF-8; the caller's writer must encode UTF-8. Characters that XML 1.0
 * cannot carry (most C0 controls, unpaired surrogates, U+FFFE, U+FFFF) are written as the text
 * {@code \\uXXXX}.
 */
public final class JunitReporter implements Reporter {

  /** The name of the passing test case of a file without errors or warnings. */
  public static final String CLEAN_CASE = "no errors or warnings";

  @Override
  public void write(Report report, ReportContext context, Writer out) throws IOException {
    DisplayPaths paths = DisplayPaths.of(context);
    if (!report.cases().isEmpty()) {
      writeCases(report, paths, out);
      return;
    }
    Map<String, List<Diagnostic>> byFile =
        Tally.byFile(report.diagnostics().stream().filter(JunitReporter::isFailure).toList());
    List<String> files = Tally.files(report);
    int tests = 0;
    int failures = 0;
    for (String f : files) {
      int n = byFile.getOrDefault(f, List.of()).size();
      tests += Math.max(n, 1);
      failures += n;
    }

    StringBuilder sb = new StringBuilder();
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<testsuites name=\"").append(attr("charter " + report.command())).append("\" tests=\"").append(tests)
        .append("\" failures=\"").append(failures).append("\" errors=\"0\">\n");
    for (String f : files) {
      String name = paths.artifactPath(f);
      List<Diagnostic> found = byFile.getOrDefault(f, List.of());
      sb.append("  <testsuite name=\"").append(attr(name)).append("\" tests=\"").append(Math.max(found.size(), 1))
          .append("\" failures=\"").append(found.size()).append("\" errors=\"0\" skipped=\"0\">\n");
      if (found.isEmpty()) {
        sb.append("    <testcase classname=\"").append(attr(name)).append("\" name=\"").append(attr(CLEAN_CASE))
            .append("\" file=\"").append(attr(name)).append("\"/>\n");
      }
      for (Diagnostic d : found) {
        sb.append("    <testcase classname=\"").append(attr(name)).append("\" name=\"").append(attr(caseName(d)))
            .append("\" file=\"").append(attr(name)).append("\">\n");
        sb.append("      <failure message=\"").append(attr(d.message())).append("\" type=\"").append(attr(d.id()))
            .append("\">").append(text(body(d, paths))).append("</failure>\n");
        sb.append("    </testcase>\n");
      }
      sb.append("  </testsuite>\n");
    }
    sb.append("</testsuites>\n");
    out.write(sb.toString());
    out.flush();
  }

  private static void writeCases(Report report, DisplayPaths paths, Writer out) throws IOException {
    Map<String, List<ReportCase>> bySuite = new java.util.LinkedHashMap<>();
    for (ReportCase c : report.cases()) {
      bySuite.computeIfAbsent(c.suite(), k -> new java.util.ArrayList<>()).add(c);
    }
    int failures = (int) report.cases().stream().filter(c -> !c.failures().isEmpty()).count();
    int skipped = (int) report.cases().stream().filter(c -> c.skipped().isPresent()).count();
    StringBuilder sb = new StringBuilder();
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<testsuites name=\"").append(attr("charter " + report.command())).append("\" tests=\"")
        .append(report.cases().size()).append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"")
        .append(skipped).append("\">\n");
    for (Map.Entry<String, List<ReportCase>> suite : bySuite.entrySet()) {
      List<ReportCase> cases = suite.getValue();
      sb.append("  <testsuite name=\"").append(attr(suite.getKey())).append("\" tests=\"").append(cases.size())
          .append("\" failures=\"").append(cases.stream().filter(c -> !c.failures().isEmpty()).count())
          .append("\" errors=\"0\" skipped=\"").append(cases.stream().filter(c -> c.skipped().isPresent()).count())
          .append("\">\n");
      for (ReportCase c : cases) {
        sb.append("    <testcase classname=\"").append(attr(suite.getKey())).append("\" name=\"").append(attr(c.name()))
            .append('"');
        if (c.failures().isEmpty() && c.skipped().isEmpty()) {
          sb.append("/>\n");
          continue;
        }
        sb.append(">\n");
        if (!c.failures().isEmpty()) {
          Diagnostic first = c.failures().get(0);
          StringBuilder body = new StringBuilder();
          for (Diagnostic d : c.failures()) {
            if (body.length() > 0) {
              body.append("\n\n");
            }
            body.append(body(d, paths));
          }
          sb.append("      <failure message=\"").append(attr(firstLine(first.message()))).append("\" type=\"")
              .append(attr(first.id())).append("\">").append(text(body.toString())).append("</failure>\n");
        } else {
          sb.append("      <skipped message=\"").append(attr(c.skipped().get())).append("\"/>\n");
        }
        sb.append("    </testcase>\n");
      }
      sb.append("  </testsuite>\n");
    }
    sb.append("</testsuites>\n");
    out.write(sb.toString());
    out.flush();
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  static boolean isFailure(Diagnostic d) {
    return d.severity().atLeast(Severity.WARN);
  }

  private static String caseName(Diagnostic d) {
    Location l = d.location();
    if (!l.hasPosition()) {
      return d.id();
    }
    return d.id() + " at " + (l.column() > 0 ? l.line() + ":" + l.column() : Integer.toString(l.line()));
  }

  private static String body(Diagnostic d, DisplayPaths paths) {
    StringBuilder sb = new StringBuilder();
    sb.append(paths.artifactPosition(d.location())).append(' ').append(StylishReporter.word(d.severity())).append(' ').append(d.message());
    for (Location r : d.related()) {
      sb.append("\nrelated: ").append(paths.artifactPosition(r));
    }
    return sb.toString();
  }

  /** Escapes an attribute value; line breaks and tabs become character references so parsers keep them. */
  static String attr(String s) {
    return escape(s, true);
  }

  /** Escapes character data. */
  static String text(String s) {
    return escape(s, false);
  }

  private static String escape(String s, boolean attribute) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append(attribute ? "&quot;" : "\"");
        case '\'' -> sb.append(attribute ? "&apos;" : "'");
        case '\n' -> sb.append(attribute ? "&#10;" : "\n");
        case '\r' -> sb.append("&#13;");
        case '\t' -> sb.append(attribute ? "&#9;" : "\t");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
