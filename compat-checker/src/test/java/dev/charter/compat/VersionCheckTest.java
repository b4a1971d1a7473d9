package dev.charter.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionCheckTest {

  @ParameterizedTest(name = "{0} -> {1} with {2}: {3}, suggest {4}")
  @CsvSource({
    "1.2.3, 2.0.0, MAJOR, true, 2.0.0",
    "1.2.3, 1.3.0, MAJOR, false, 2.0.0",
    "1.2.3, 1.3.0, MINOR, true, 1.3.0",
    "1.2.3, 1.2.4, MINOR, false, 1.3.0",
    "1.2.3, 1.2.4, PATCH, true, 1.2.4",
    "1.2.3, 1.2.3, PATCH, false, 1.2.4",
    "1.2.3, 1.2.3, NONE, true, 1.2.3",
    "1.2.3, 1.2.2, NONE, false, 1.2.3",
    "v1.2, v2.0, MAJOR, true, v2.0.0",
    "0.4.1, 0.5.0, MAJOR, true, 0.5.0",
    "0.4.1, 0.4.2, MAJOR, false, 0.5.0",
    "0.4.1, 0.4.2, MINOR, true, 0.4.2",
    "1.2.3, 2.0.0-rc.1, MAJOR, true, 2.0.0",
    "1.0.0, 1.0.0-beta+exp, MINOR, false, 1.1.0",
    "2147483647.0.0, 2147483647.0.1, MAJOR, false, 2147483648.0.0",
    "20231001120000.0.0, 20231001120000.1.0, MINOR, true, 20231001120000.1.0",
  })
  void checksTheBumpAndSuggestsTheSmallestNextVersion(String old, String neu, Bump required, boolean ok, String next) {
    VersionCheck v = VersionCheck.of(Optional.of(old), Optional.of(neu), required);
    assertThat(v.satisfied()).as(v.message()).isEqualTo(ok);
    assertThat(v.suggested()).contains(next);
  }

  @ParameterizedTest
  @CsvSource({"latest, 1.0.0", "1.0.0, next", "2023-10-01, 2023-10-02", "1.0.0, 2023-10-02", "1.2-rc1, 1.3.0"})
  void versionsThatAreNotSemverFailWithAReason(String old, String neu) {
    VersionCheck v = VersionCheck.of(Optional.of(old), Optional.of(neu), Bump.MINOR);
    assertThat(v.satisfied()).isFalse();
    assertThat(v.message()).contains("not a semantic version");
  }
}
