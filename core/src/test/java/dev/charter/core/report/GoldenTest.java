package dev.charter.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares every format's output for the sample reports with the files under
 * {@code src/test/resources/report/golden/<format>/}. Run with {@code -Dcharter.updateGolden=true}
 * to rewrite them, then review the diff.
 */
class GoldenTest {

  static final Path GOLDEN = Path.of("src/test/resources/report/golden");
  static final boolean UPDATE = Boolean.getBoolean("charter.updateGolden");

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (ReportFormat f : ReportFormat.values()) {
      String ext = extension(f);
      cases.add(Arguments.of(f, "sample." + ext, SampleReports.sample(), SampleReports.CONTEXT));
      cases.add(Arguments.of(f, "clean." + ext, SampleReports.clean(), SampleReports.CONTEXT));
    }
    cases.add(Arguments.of(ReportFormat.STYLISH, "sample-color.txt", SampleReports.sample(),
        new ReportContext(SampleReports.WORKING_DIR, Optional.of(SampleReports.REPO), true)));
    cases.add(Arguments.of(ReportFormat.SARIF, "no-repository.sarif", SampleReports.sample(),
        ReportContext.plain(SampleReports.WORKING_DIR)));
    return cases.stream();
  }

  static String extension(ReportFormat f) {
    return switch (f) {
      case STYLISH, GITHUB -> "txt";
      case JSON, GITLAB -> "json";
      case SARIF -> "sarif";
      case JUNIT -> "xml";
      case MARKDOWN -> "md";
    };
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void matchesGolden(ReportFormat format, String name, Report report, ReportContext context) throws IOException {
    String actual = SampleReports.render(Reporters.forFormat(format), report, context);
    Path file = GOLDEN.resolve(format.id()).resolve(name);
    if (UPDATE) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file %s (run with -Dcharter.updateGolden=true to create it)", file).exists();
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(actual).as("output of %s for %s differs from %s", format, name, file).isEqualTo(expected);
  }
}
