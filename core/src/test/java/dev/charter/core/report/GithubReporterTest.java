package dev.charter.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GithubReporterTest {

  /**
   * The workflow command grammar: {@code ::name k=v,k=v::message}, where property values contain
   * no raw {@code , : % CR LF} and the message no raw {@code % CR LF}.
   */
  private static final Pattern COMMAND = Pattern.compile(
      "::(error|warning|notice)(?: ((?:[A-Za-z]+=(?:[^,:%\\r\\n]|%25|%0D|%0A|%3A|%2C)*)(?:,[A-Za-z]+=(?:[^,:%\\r\\n]|%25|%0D|%0A|%3A|%2C)*)*))?"
          + "::((?:[^%\\r\\n]|%25|%0D|%0A)*)");

  private static String unescapeData(String s) {
    return s.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
  }

  private static String unescapeProperty(String s) {
    return unescapeData(s.replace("%3A", ":").replace("%2C", ","));
  }

  private record Command(String name, Map<String, String> props, String message) {}

  private static Command parse(String line) {
    Matcher m = COMMAND.matcher(line);
    assertThat(m.matches()).as("matches the workflow command grammar: %s", line).isTrue();
    Map<String, String> props = new LinkedHashMap<>();
    if (m.group(2) != null) {
      for (String p : m.group(2).split(",")) {
        int eq = p.indexOf('=');
        props.put(p.substring(0, eq), unescapeProperty(p.substring(eq + 1)));
      }
    }
    return new Command(m.group(1), props, unescapeData(m.group(3)));
  }

  @Test
  void everyLineIsAWellFormedCommand() {
    String out = SampleReports.render(ReportFormat.GITHUB, SampleReports.sample());
    assertThat(out).endsWith("\n").doesNotContain("\r");
    List<String> lines = out.lines().toList();
    assertThat(lines).hasSize(SampleReports.sample().diagnostics().size());
    lines.forEach(GithubReporterTest::parse);
  }

  @Test
  void severitiesPropertiesAndEscaping() {
    List<Command> commands = SampleReports.render(ReportFormat.GITHUB, SampleReports.sample()).lines()
        .map(GithubReporterTest::parse).toList();
    Command odd = commands.get(0);
    assertThat(odd.name()).isEqualTo("warning");
    assertThat(odd.props()).containsEntry("file", "services/odd,name:v1 \u00fc.yaml").containsEntry("line", "2")
        .containsEntry("col", "1").containsEntry("title", "tag-description").doesNotContainKeys("endLine", "endColumn");
    assertThat(odd.message()).contains("\\u0007").doesNotContain("\u0007");

    Command special = commands.stream().filter(c -> "operation-description".equals(c.props().get("title")))
        .findFirst().orElseThrow();
    assertThat(special.props()).containsEntry("endLine", "24").containsEntry("endColumn", "9");
    assertThat(special.props().keySet()).containsExactly("file", "line", "col", "endLine", "endColumn", "title");
    assertThat(special.message()).isEqualTo(SampleReports.SPECIAL_MESSAGE);

    Command dup = commands.stream().filter(c -> "duplicate-key".equals(c.props().get("title"))).findFirst().orElseThrow();
    assertThat(dup.name()).isEqualTo("error");
    assertThat(dup.message()).endsWith("\nrelated: services/petstore.yaml:8:5");

    Command hint = commands.stream().filter(c -> "style-hint".equals(c.props().get("title"))).findFirst().orElseThrow();
    assertThat(hint.name()).isEqualTo("notice");
    assertThat(commands.stream().filter(c -> "x-summary".equals(c.props().get("title"))).findFirst().orElseThrow().name())
        .isEqualTo("notice");

    Command stdin = commands.stream().filter(c -> "parse-error".equals(c.props().get("title"))).findFirst().orElseThrow();
    assertThat(stdin.props().keySet()).containsExactly("title");
    assertThat(stdin.message()).startsWith("<stdin>: ");

    Command git = commands.stream().filter(c -> "operation-id-unique".equals(c.props().get("title"))).findFirst()
        .orElseThrow();
    assertThat(git.props()).containsEntry("file", "services/orders.yaml").containsEntry("line", "7").doesNotContainKey("col");
  }

  @Test
  void escapingRoundTrips() {
    String nasty = "100% done,\r\nnext: a:b, c%0A";
    Report report = new Report("lint", "1", List.of("/ws/repo/services/a%b,c:d.yaml"),
        List.of(new Diagnostic("id,with:odd%chars", Severity.ERROR, nasty, Location.of("/ws/repo/services/a%b,c:d.yaml", "", 1, 1))),
        Map.of());
    Command c = parse(SampleReports.render(ReportFormat.GITHUB, report).strip());
    assertThat(c.message()).isEqualTo(nasty);
    assertThat(c.props()).containsEntry("file", "services/a%b,c:d.yaml").containsEntry("title", "id,with:odd%chars");
  }

  @Test
  void cleanRunPrintsNothing() {
    assertThat(SampleReports.render(ReportFormat.GITHUB, SampleReports.clean())).isEmpty();
  }
}
