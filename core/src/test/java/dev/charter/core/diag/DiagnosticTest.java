package dev.charter.core.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.core.report.DisplayPaths;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DiagnosticTest {
  private static final Path CWD = Path.of("/ws/repo").toAbsolutePath();

  private static Diagnostic at(Location where) {
    return new Diagnostic("file-not-found", Severity.ERROR, "gone", where);
  }

  @Test
  void oneLineNamesTheFileAsTheCallerWantsIt() {
    DisplayPaths paths = DisplayPaths.of(CWD);
    assertThat(at(Location.of(CWD.resolve("api/a.yaml").toString(), "", 3, 7)).oneLine(paths::display))
        .isEqualTo("api/a.yaml:3:7: error: gone [file-not-found]");
    assertThat(at(Location.ofFile(CWD.toString())).oneLine(paths::display))
        .as("the working directory itself is '.', never an empty name").isEqualTo(".: error: gone [file-not-found]");
    assertThat(at(Location.of("HEAD:api/a.yaml", "", 2, 0)).oneLine(paths::display))
        .isEqualTo("HEAD:api/a.yaml:2: error: gone [file-not-found]");
    assertThat(at(Location.of(CWD.resolve("api/a.yaml").toString(), "", 3, 7)).oneLine())
        .isEqualTo(CWD.resolve("api/a.yaml") + ":3:7: error: gone [file-not-found]");
  }
}
