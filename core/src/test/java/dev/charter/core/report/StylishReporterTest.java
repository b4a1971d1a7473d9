package dev.charter.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StylishReporterTest {

  private static final ReportContext COLOR =
      new ReportContext(SampleReports.WORKING_DIR, Optional.of(SampleReports.REPO), true);

  @Test
  void plainOutputHasNoEscapeSequences() {
    String plain = SampleReports.render(ReportFormat.STYLISH, SampleReports.sample());
    assertThat(plain).doesNotContain("\u001b").doesNotContain("\u0007");
    assertThat(plain).contains("\\u001B[31m").as("control characters are made visible");
  }

  @Test
  void colourOnlyAddsEscapeSequences() {
    String coloured = SampleReports.render(new StylishReporter(), SampleReports.sample(), COLOR);
    assertThat(coloured).contains("\u001b[31merror\u001b[0m").contains("\u001b[33mwarning\u001b[0m");
    String stripped = coloured.replaceAll("\u001b\\[[0-9;]*m", "");
    assertThat(stripped).isEqualTo(SampleReports.render(ReportFormat.STYLISH, SampleReports.sample()));
  }

  @Test
  void rowsAreGroupedByFileAndAligned() {
    List<String> lines = SampleReports.render(ReportFormat.STYLISH, SampleReports.sample()).lines().toList();
    int header = lines.indexOf("petstore.yaml");
    assertThat(header).isNotNegative();
    List<String> rows = lines.subList(header + 1, lines.indexOf("/ws/repo/shared/common.yaml") - 1).stream()
        .filter(l -> l.matches("\\s+\\d+:\\d+\\s.*")).toList();
    assertThat(rows).hasSize(6);
    int severityColumn = rows.get(0).indexOf("error");
    int idColumn = rows.get(0).indexOf("duplicate-key");
    for (String row : rows) {
      String severity = row.substring(severityColumn).split(" ")[0];
      assertThat(severity).isIn("error", "warning", "info", "hint");
      assertThat(row.charAt(idColumn - 1)).isEqualTo(' ');
      assertThat(row.charAt(idColumn)).isNotEqualTo(' ');
    }
    assertThat(rows.get(0)).startsWith("  12:5  error    Duplicate key");
    assertThat(lines).contains("                 \u21b3 see 8:5", "  -  error  Cannot parse: unexpected end of input  parse-error");
    assertThat(lines).allSatisfy(l -> assertThat(l).doesNotEndWith(" "));
  }

  @Test
  void summaryLines() {
    String out = SampleReports.render(ReportFormat.STYLISH, SampleReports.sample());
    assertThat(out).endsWith("\n\n\u2716 11 problems (3 errors, 5 warnings, 1 info, 2 hints)\n");
    assertThat(SampleReports.render(ReportFormat.STYLISH, SampleReports.clean()))
        .isEqualTo(StylishReporter.NO_PROBLEMS + "\n");
  }
}
