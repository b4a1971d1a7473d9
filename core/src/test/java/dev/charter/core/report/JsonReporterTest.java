package dev.charter.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReporterTest {

  private final ObjectMapper mapper = new ObjectMapper();

  private JsonNode json(Report report) throws Exception {
    return mapper.readTree(SampleReports.render(ReportFormat.JSON, report));
  }

  @Test
  void topLevelShapeAndSummary() throws Exception {
    JsonNode root = json(SampleReports.sample());
    List<String> keys = new ArrayList<>();
    root.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("formatVersion", "tool", "command", "summary", "inputs", "diagnostics");
    assertThat(root.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(root.at("/tool/name").asText()).isEqualTo("charter");
    assertThat(root.at("/tool/version").asText()).isEqualTo("0.1.0");
    assertThat(root.get("command").asText()).isEqualTo("lint");
    JsonNode s = root.get("summary");
    assertThat(s.get("error").asInt()).isEqualTo(3);
    assertThat(s.get("warn").asInt()).isEqualTo(5);
    assertThat(s.get("info").asInt()).isEqualTo(1);
    assertThat(s.get("hint").asInt()).isEqualTo(2);
    assertThat(s.get("total").asInt()).isEqualTo(root.get("diagnostics").size()).isEqualTo(11);
    assertThat(s.get("files").asInt()).as("5 inputs plus 2 referenced files").isEqualTo(7);
    assertThat(s.get("filesWithProblems").asInt()).isEqualTo(6);
    assertThat(root.get("inputs")).extracting(JsonNode::asText)
        .containsExactly("clean.yaml", "odd,name:v1 \u00fc.yaml", "petstore.yaml", "<stdin>", "main:services/orders.yaml");
  }

  @Test
  void everyDiagnosticHasEveryKeyAndRoundTripsItsText() throws Exception {
    JsonNode diagnostics = json(SampleReports.sample()).get("diagnostics");
    for (JsonNode d : diagnostics) {
      List<String> keys = new ArrayList<>();
      d.fieldNames().forEachRemaining(keys::add);
      assertThat(keys).containsExactly("id", "severity", "message", "file", "line", "column", "endLine", "endColumn",
          "pointer", "helpUri", "related");
      assertThat(d.get("severity").asText()).isIn("error", "warn", "info", "hint");
    }
    JsonNode special = find(diagnostics, "operation-description");
    assertThat(special.get("message").asText()).isEqualTo(SampleReports.SPECIAL_MESSAGE);
    assertThat(special.get("file").asText()).isEqualTo("petstore.yaml");
    assertThat(special.get("endLine").asInt()).isEqualTo(24);
    assertThat(special.get("endColumn").asInt()).isEqualTo(9);
  }

  @Test
  void unknownPositionsAreNull() throws Exception {
    JsonNode diagnostics = json(SampleReports.sample()).get("diagnostics");
    JsonNode stdin = find(diagnostics, "parse-error");
    assertThat(stdin.get("file").asText()).isEqualTo("<stdin>");
    for (String k : List.of("line", "column", "endLine", "endColumn")) {
      assertThat(stdin.get(k).isNull()).as(k).isTrue();
    }
    assertThat(stdin.get("pointer").asText()).isEmpty();
    JsonNode noColumn = find(diagnostics, "operation-id-unique");
    assertThat(noColumn.get("line").asInt()).isEqualTo(7);
    assertThat(noColumn.get("column").isNull()).isTrue();
    assertThat(noColumn.get("file").asText()).isEqualTo("main:services/orders.yaml");
  }

  @Test
  void relatedLocationsAndHelpLinks() throws Exception {
    JsonNode diagnostics = json(SampleReports.sample()).get("diagnostics");
    JsonNode dup = find(diagnostics, "duplicate-key");
    assertThat(dup.get("helpUri").asText()).isEqualTo("https://charter.example/rules/duplicate-key");
    assertThat(dup.get("related")).hasSize(1);
    assertThat(dup.at("/related/0/line").asInt()).isEqualTo(8);
    assertThat(dup.at("/related/0/file").asText()).isEqualTo("petstore.yaml");
    JsonNode shared = find(diagnostics, "schema-type");
    assertThat(shared.get("file").asText()).as("outside the working directory").isEqualTo("/ws/repo/shared/common.yaml");
    assertThat(find(diagnostics, "parse-error").get("helpUri").isNull()).isTrue();
  }

  @Test
  void cleanRunHasZeroCountsAndEmptyList() throws Exception {
    String text = SampleReports.render(ReportFormat.JSON, SampleReports.clean());
    JsonNode root = mapper.readTree(text);
    assertThat(root.at("/summary/total").asInt()).isZero();
    assertThat(root.at("/summary/files").asInt()).isEqualTo(2);
    assertThat(root.get("diagnostics").isArray()).isTrue();
    assertThat(root.get("diagnostics")).isEmpty();
    assertThat(text).contains("\"diagnostics\": []").endsWith("}\n").doesNotContain("\r");
  }

  private static JsonNode find(JsonNode diagnostics, String id) {
    for (JsonNode d : diagnostics) {
      if (d.get("id").asText().equals(id)) {
        return d;
      }
    }
    throw new AssertionError("no diagnostic " + id);
  }
}
