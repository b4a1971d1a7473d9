package dev.charter.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.core.report.ReportFormat;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class ReportFormatsTest {
  private static final Path PROJECT = Path.of("/work/project").toAbsolutePath();
  private static final Path REPORTS = PROJECT.resolve("target/charter");

  @Test
  void aFormatWithoutAFileGoesToTheReportsFolderUnderTheGoalsName() throws Exception {
    ReportFormats reports = ReportFormats.parse("lint", List.of("sarif", "junit", "gitlab", "json"), REPORTS, PROJECT);

    assertThat(reports.targets()).containsExactly(
        new ReportFormats.Target(ReportFormat.SARIF, REPORTS.resolve("lint.sarif")),
        new ReportFormats.Target(ReportFormat.JUNIT, REPORTS.resolve("lint.junit.xml")),
        new ReportFormats.Target(ReportFormat.GITLAB, REPORTS.resolve("lint.gitlab.json")),
        new ReportFormats.Target(ReportFormat.JSON, REPORTS.resolve("lint.json")));
  }

  @Test
  void aFileIsRelativeToTheProject() throws Exception {
    ReportFormats reports = ReportFormats.parse("diff", List.of("markdown=build/CHANGES.md"), REPORTS, PROJECT);

    assertThat(reports.targets()).containsExactly(
        new ReportFormats.Target(ReportFormat.MARKDOWN, PROJECT.resolve("build/CHANGES.md")));
  }

  @Test
  void anUnknownFormatIsAnErrorThatListsTheKnownOnes() {
    assertThatThrownBy(() -> ReportFormats.parse("lint", List.of("html"), REPORTS, PROJECT))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("charter:lint: formats: unknown format 'html'")
        .hasMessageContaining("sarif");
  }

  @Test
  void aFormatWithAnEmptyFileIsAnError() {
    assertThatThrownBy(() -> ReportFormats.parse("lint", List.of("sarif="), REPORTS, PROJECT))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("charter:lint: formats: 'sarif=' names no file (FORMAT=FILE)");
  }

  @Test
  void twoFormatsCannotShareAFile() {
    assertThatThrownBy(() -> ReportFormats.parse("lint", List.of("json=out.json", "gitlab=out.json"), REPORTS, PROJECT))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("json and gitlab would both be written to");
  }
}
