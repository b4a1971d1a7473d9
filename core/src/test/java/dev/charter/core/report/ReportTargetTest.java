package dev.charter.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportTargetTest {
  private static final Path BASE = Path.of("/ws/project").toAbsolutePath();

  @Test
  void readsAFormatAndAFileRelativeToTheBase() {
    assertThat(ReportTarget.parse("sarif", BASE)).isEqualTo(new ReportTarget(ReportFormat.SARIF, Optional.empty()));
    assertThat(ReportTarget.parse(" Code-Climate = out/cq.json ", BASE))
        .isEqualTo(new ReportTarget(ReportFormat.GITLAB, Optional.of(BASE.resolve("out/cq.json"))));
    assertThat(ReportTarget.parse("json=../x.json", BASE).file()).contains(BASE.resolveSibling("x.json"));
  }

  @Test
  void refusesUnknownFormatsAndEntriesThatNameNoFile() {
    assertThatThrownBy(() -> ReportTarget.parse("yamlish", BASE)).hasMessageContaining("unknown format 'yamlish'");
    assertThatThrownBy(() -> ReportTarget.parse("sarif=", BASE)).hasMessageContaining("'sarif=' names no file");
    assertThatThrownBy(() -> ReportTarget.parse("sarif=  ", BASE)).hasMessageContaining("names no file");
  }

  @Test
  void eachFileIsWrittenOnceAndByOneFormat() {
    ReportTarget json = ReportTarget.parse("json=out.json", BASE);
    ReportTarget stdout = ReportTarget.parse("stylish", BASE);
    assertThat(ReportTarget.distinctFiles(List.of(json, stdout, ReportTarget.parse("json=./out.json", BASE))))
        .containsExactly(json, stdout);
    assertThatThrownBy(() -> ReportTarget.distinctFiles(List.of(json, ReportTarget.parse("gitlab=out.json", BASE))))
        .hasMessage("json and gitlab would both be written to " + BASE.resolve("out.json"));
  }
}
