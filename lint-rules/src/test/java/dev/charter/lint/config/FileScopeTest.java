package dev.charter.lint.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Globs of overrides, relative to the file that holds them, as docs/lint/README.md describes them. */
class FileScopeTest {
  private static final Path BASE = Path.of("/repo");

  private static boolean matches(String glob, String file) {
    return FileScope.parse(glob, BASE).matchesFile(file);
  }

  @Test
  void aDoubleStarFolderMatchesNoFolderToo() {
    assertThat(matches("legacy/**/*.yaml", "/repo/legacy/x.yaml")).isTrue();
    assertThat(matches("legacy/**/*.yaml", "/repo/legacy/old/y.yaml")).isTrue();
    assertThat(matches("legacy/**/*.yaml", "/repo/legacy/old/older/z.yaml")).isTrue();
    assertThat(matches("**/api.yaml", "/repo/api.yaml")).isTrue();
    assertThat(matches("**/legacy/**/*.yaml", "/repo/legacy/x.yaml")).isTrue();
    assertThat(matches("legacy/**/*.yaml", "/repo/current/x.yaml")).isFalse();
    assertThat(matches("legacy/**/*.yaml", "/repo/legacy/x.json")).isFalse();
  }

  @Test
  void aGlobWithoutSlashMatchesFileNamesAnywhereAndOthersOnlyBelowTheirFolder() {
    assertThat(matches("*.yaml", "/elsewhere/deep/api.yaml")).isTrue();
    assertThat(matches("./specs/*.yaml", "/repo/specs/api.yaml")).isTrue();
    assertThat(matches("specs/*.yaml", "/elsewhere/specs/api.yaml")).isFalse();
  }

  @Test
  void aPointerCoversItsSubtree() {
    FileScope s = FileScope.parse("api.yaml#/paths/~1v1", BASE);
    assertThat(s.matchesPointer("/paths/~1v1")).isTrue();
    assertThat(s.matchesPointer("/paths/~1v1/get")).isTrue();
    assertThat(s.matchesPointer("/paths/~1v10")).isFalse();
  }
}
