package dev.charter.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportersTest {

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void everyFormatHasItsReporter(ReportFormat format) {
    Reporter r = Reporters.forFormat(format);
    String expected = switch (format) {
      case STYLISH -> "StylishReporter";
      case JSON -> "JsonReporter";
      case SARIF -> "SarifReporter";
      case JUNIT -> "JunitReporter";
      case GITHUB -> "GithubReporter";
      case GITLAB -> "GitlabReporter";
      case MARKDOWN -> "MarkdownReporter";
    };
    assertThat(r.getClass().getSimpleName()).isEqualTo(expected);
    assertThat(Reporters.forFormat(format)).isSameAs(r);
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void outputDoesNotDependOnInputOrderOrMapOrder(ReportFormat format) {
    String expected = SampleReports.render(format, SampleReports.sample());
    Random random = new Random(42);
    for (int i = 0; i < 5; i++) {
      List<Diagnostic> diagnostics = new ArrayList<>(SampleReports.diagnostics());
      Collections.shuffle(diagnostics, random);
      List<String> inputs = new ArrayList<>(SampleReports.inputs());
      Collections.shuffle(inputs, random);
      List<Map.Entry<String, RuleInfo>> entries = new ArrayList<>(SampleReports.rules().entrySet());
      Collections.shuffle(entries, random);
      Map<String, RuleInfo> rules = new LinkedHashMap<>();
      entries.forEach(e -> rules.put(e.getKey(), e.getValue()));
      Report shuffled = new Report("lint", "0.1.0", inputs, diagnostics, rules);
      assertThat(SampleReports.render(format, shuffled)).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void linesEndWithLineFeedsAndTheWriterStaysOpen(ReportFormat format) throws Exception {
    String out = SampleReports.render(format, SampleReports.sample());
    assertThat(out).doesNotContain("\r\n").endsWith("\n");
    StringWriter target = new StringWriter();
    Writer guarded = new Writer() {
      boolean closed;

      @Override
      public void write(char[] cbuf, int off, int len) {
        assertThat(closed).isFalse();
        target.write(cbuf, off, len);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {
        closed = true;
      }
    };
    Reporters.forFormat(format).write(SampleReports.sample(), SampleReports.CONTEXT, guarded);
    guarded.write("after");
    assertThat(target.toString()).isEqualTo(out + "after");
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void unpairedSurrogatesFromADocumentStillGiveUtf8(ReportFormat format) throws Exception {
    // JSON allows "\ud800" in a string; such a value quoted in a message must not break the report.
    String message = "lone \ud800 and \udfff, pair \ud83d\ude00";
    Report report = new Report("lint", "1", List.of(SampleReports.PETSTORE),
        List.of(new Diagnostic("r", Severity.ERROR, message, Location.of(SampleReports.PETSTORE, "/info", 1, 2))),
        Map.of());
    String out = SampleReports.render(format, report);
    StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(out));
    assertThat(out).contains("\ud83d\ude00");
    if (format == ReportFormat.JSON) {
      assertThat(new ObjectMapper().readTree(out).at("/diagnostics/0/message").asText()).isEqualTo(message);
    }
  }
}
