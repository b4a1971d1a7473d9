package dev.charter.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GitlabReporterTest {

  private final ObjectMapper mapper = new ObjectMapper();

  private JsonNode issues(Report report) throws Exception {
    return mapper.readTree(SampleReports.render(ReportFormat.GITLAB, report));
  }

  @Test
  void everyIssueHasTheRequiredFieldsAndAUniqueFingerprint() throws Exception {
    JsonNode issues = issues(SampleReports.sample());
    assertThat(issues.isArray()).isTrue();
    assertThat(issues).hasSize(SampleReports.sample().diagnostics().size());
    Set<String> fingerprints = new HashSet<>();
    for (JsonNode i : issues) {
      assertThat(i.get("description").isTextual()).isTrue();
      assertThat(i.get("check_name").asText()).isNotEmpty();
      assertThat(i.get("severity").asText()).isIn("info", "minor", "major", "critical", "blocker");
      assertThat(i.at("/location/path").asText()).isNotEmpty();
      assertThat(i.at("/location/lines/begin").isInt()).isTrue();
      assertThat(i.at("/location/lines/begin").asInt()).isPositive();
      assertThat(fingerprints.add(i.get("fingerprint").asText())).as("unique fingerprint").isTrue();
    }
  }

  @Test
  void mapsSeveritiesPathsAndUnknownLines() throws Exception {
    JsonNode issues = issues(SampleReports.sample());
    assertThat(find(issues, "duplicate-key").get("severity").asText()).isEqualTo("major");
    assertThat(find(issues, "schema-type").get("severity").asText()).isEqualTo("minor");
    assertThat(find(issues, "x-summary").get("severity").asText()).isEqualTo("info");
    assertThat(find(issues, "style-hint").get("severity").asText()).isEqualTo("info");
    assertThat(find(issues, "schema-type").at("/location/path").asText()).isEqualTo("shared/common.yaml");
    assertThat(find(issues, "operation-id-unique").at("/location/path").asText()).isEqualTo("services/orders.yaml");
    assertThat(find(issues, "parse-error").at("/location/lines/begin").asInt()).isEqualTo(1);
    assertThat(find(issues, "operation-description").get("description").asText()).isEqualTo(SampleReports.SPECIAL_MESSAGE);
  }

  @Test
  void identicalFindingsGetDistinctButStableFingerprints() throws Exception {
    Location a = Location.of(SampleReports.PETSTORE, "/x", 3, 1);
    Location b = Location.of(SampleReports.PETSTORE, "/x", 9, 1);
    Report twice = new Report("lint", "1", List.of(SampleReports.PETSTORE), List.of(
        new Diagnostic("r", Severity.WARN, "same", a), new Diagnostic("r", Severity.WARN, "same", b)), Map.of());
    JsonNode first = issues(twice);
    assertThat(first.get(0).get("fingerprint").asText()).isNotEqualTo(first.get(1).get("fingerprint").asText());
    assertThat(issues(twice)).isEqualTo(first);
    // the first of the pair keeps the fingerprint a lone finding would have
    Report once = new Report("lint", "1", List.of(SampleReports.PETSTORE),
        List.of(new Diagnostic("r", Severity.WARN, "same", b)), Map.of());
    assertThat(issues(once).get(0).get("fingerprint")).isEqualTo(first.get(0).get("fingerprint"));
  }

  @Test
  void cleanRunIsAnEmptyArray() {
    assertThat(SampleReports.render(ReportFormat.GITLAB, SampleReports.clean())).isEqualTo("[]\n");
  }

  private static JsonNode find(JsonNode issues, String id) {
    for (JsonNode i : issues) {
      if (i.get("check_name").asText().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no issue " + id);
  }
}
