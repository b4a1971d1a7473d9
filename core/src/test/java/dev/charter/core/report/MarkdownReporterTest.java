package dev.charter.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownReporterTest {

  /** A pipe not preceded by a backslash: a cell boundary in a GFM table. */
  private static final Pattern CELL_BOUNDARY = Pattern.compile("(?<!\\\\)\\|");

  @Test
  void headingTablesAndRows() {
    String md = SampleReports.render(ReportFormat.MARKDOWN, SampleReports.sample());
    assertThat(md).startsWith("## charter lint: 11 problems (3 errors, 5 warnings, 1 info, 2 hints)\n");
    List<String> rows = md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Severity") && !l.startsWith("| ---"))
        .toList();
    assertThat(rows).hasSize(11);
    for (String row : rows) {
      assertThat(CELL_BOUNDARY.matcher(row).results().count()).as("5 cell boundaries in %s", row).isEqualTo(5);
    }
    assertThat(md.lines().filter(l -> l.startsWith("### "))).hasSize(6);
    assertThat(md).contains("### petstore.yaml\n").contains("### &lt;stdin&gt;\n");
  }

  @Test
  void textFromDocumentsIsEscaped() {
    String md = SampleReports.render(ReportFormat.MARKDOWN, SampleReports.sample());
    assertThat(md).contains("e.g. &lt;p&gt;100% &amp; more&lt;/p&gt; \\| done<br>second line: \u00fcn\u00efc\u00f6d\u00e9")
        .contains("Consider a \\`summary\\` for \\*GET\\* /pets \\[optional\\] \\_soon\\_ \\#1 \\~x\\~")
        .contains("bell \\\\u0007")
        .doesNotContain("\u0007").doesNotContain("\u001b").doesNotContain("<p>");
    assertThat(md).contains("| **error** | 12:5 | [`duplicate-key`](https://charter.example/rules/duplicate-key) |");
    assertThat(md).contains("| **error** | - | `parse-error` |");
    assertThat(md).contains("Duplicate key 'get' in /paths/\\~1pets<br>see 8:5 |");
    assertThat(md).contains("Schema has no type<br>see petstore.yaml:50:11 |");
  }

  @Test
  void oddRuleIdsAndUnsafeLinksAreNotTrusted() {
    Report report = new Report("lint", "1", List.of(SampleReports.PETSTORE),
        List.of(new Diagnostic("a|b`c", Severity.WARN, "m", Location.of(SampleReports.PETSTORE, "", 1, 1)),
            new Diagnostic("ok", Severity.WARN, "m", Location.of(SampleReports.PETSTORE, "", 2, 1))),
        Map.of("ok", new RuleInfo("ok", Severity.WARN, "s", java.util.Optional.empty(),
            java.util.Optional.of("javascript:alert(1)"))));
    String md = SampleReports.render(ReportFormat.MARKDOWN, report);
    assertThat(md).contains("| a\\|b\\`c |").contains("| `ok` |").doesNotContain("javascript:");
  }

  @Test
  void cleanRun() {
    assertThat(SampleReports.render(ReportFormat.MARKDOWN, SampleReports.clean()))
        .isEqualTo("## charter lint\n\n" + MarkdownReporter.NO_PROBLEMS + "\n");
  }
}
