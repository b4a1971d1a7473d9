package dev.charter.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SarifReporterTest {

  /** Every IRI the schema loader was asked for: must all be local. */
  private static final List<String> REQUESTED = new CopyOnWriteArrayList<>();
  private static Schema sarifSchema;
  private final ObjectMapper mapper = new ObjectMapper();

  @BeforeAll
  static void loadSchema() {
    // The vendored schema (see report/sarif-schema-2.1.0.NOTICE.md) is read from the classpath; the
    // draft 2020-12 meta-schema is built into the validator; nothing may be fetched from the network.
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b
        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
        .schemaLoader(loader -> loader.fetchRemoteResources(false).block(iri -> {
          REQUESTED.add(iri.toString());
          return !iri.toString().startsWith("classpath:");
        })));
    sarifSchema = registry.getSchema(SchemaLocation.of("classpath:report/sarif-schema-2.1.0.json"));
  }

  private JsonNode sarif(Report report, ReportContext context) throws Exception {
    return mapper.readTree(SampleReports.render(new SarifReporter(), report, context));
  }

  private List<Error> validate(JsonNode log) {
    return sarifSchema.validate(log);
  }

  @Test
  void sampleAndCleanRunsAreValidSarif() throws Exception {
    assertThat(validate(sarif(SampleReports.sample(), SampleReports.CONTEXT))).isEmpty();
    assertThat(validate(sarif(SampleReports.clean(), SampleReports.CONTEXT))).isEmpty();
    assertThat(validate(sarif(SampleReports.sample(), ReportContext.plain(SampleReports.WORKING_DIR)))).isEmpty();
    assertThat(REQUESTED).isNotEmpty().allSatisfy(iri -> assertThat(iri).startsWith("classpath:"));
  }

  @Test
  void theValidatorRejectsBrokenLogs() throws Exception {
    // Guards the test above: a schema that accepted anything would make it pass vacuously.
    JsonNode log = sarif(SampleReports.sample(), SampleReports.CONTEXT);
    ObjectNode noMessage = log.deepCopy();
    ((ObjectNode) noMessage.at("/runs/0/results/0")).remove("message");
    assertThat(validate(noMessage)).isNotEmpty();

    ObjectNode badLevel = log.deepCopy();
    ((ObjectNode) badLevel.at("/runs/0/results/0")).put("level", "warn");
    assertThat(validate(badLevel)).isNotEmpty();

    ObjectNode badUri = log.deepCopy();
    ((ObjectNode) badUri.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation")).put("uri", "a b<c>");
    assertThat(validate(badUri)).as("format assertions are on").isNotEmpty();

    ObjectNode zeroLine = log.deepCopy();
    ((ObjectNode) zeroLine.at("/runs/0/results/0/locations/0/physicalLocation/region")).put("startLine", 0);
    assertThat(validate(zeroLine)).isNotEmpty();
  }

  @Test
  void driverListsEveryRuleAndResultsPointAtTheirRule() throws Exception {
    JsonNode run = sarif(SampleReports.sample(), SampleReports.CONTEXT).at("/runs/0");
    assertThat(run.at("/tool/driver/name").asText()).isEqualTo("charter");
    assertThat(run.at("/tool/driver/version").asText()).isEqualTo("0.1.0");
    JsonNode rules = run.at("/tool/driver/rules");
    List<String> ids = new ArrayList<>();
    rules.forEach(r -> ids.add(r.get("id").asText()));
    assertThat(ids).isSorted().doesNotHaveDuplicates()
        .contains("info-contact") // known but not found: still described
        .contains("operation-id-unique", "parse-error"); // found but unknown: still listed
    for (JsonNode result : run.get("results")) {
      int index = result.get("ruleIndex").asInt();
      assertThat(rules.get(index).get("id").asText()).isEqualTo(result.get("ruleId").asText());
    }
    JsonNode unknown = rules.get(ids.indexOf("parse-error"));
    assertThat(unknown.get("shortDescription").get("text").asText()).isEqualTo("parse-error");
    assertThat(unknown.has("defaultConfiguration")).isFalse();

    JsonNode known = rules.get(ids.indexOf("duplicate-key"));
    assertThat(known.at("/defaultConfiguration/level").asText()).isEqualTo("error");
    assertThat(known.at("/help/markdown").asText()).contains("**one**");
    assertThat(known.at("/helpUri").asText()).isEqualTo("https://charter.example/rules/duplicate-key");
  }

  @Test
  void levelsMapFromSeverities() {
    assertThat(SarifReporter.level(Severity.ERROR)).isEqualTo("error");
    assertThat(SarifReporter.level(Severity.WARN)).isEqualTo("warning");
    assertThat(SarifReporter.level(Severity.INFO)).isEqualTo("note");
    assertThat(SarifReporter.level(Severity.HINT)).isEqualTo("note");
  }

  @Test
  void locationsAreRepositoryRelativeEncodedUris() throws Exception {
    JsonNode results = sarif(SampleReports.sample(), SampleReports.CONTEXT).at("/runs/0/results");
    Map<String, JsonNode> byRule = new HashMap<>();
    results.forEach(r -> byRule.putIfAbsent(r.get("ruleId").asText(), r));

    JsonNode dup = byRule.get("duplicate-key");
    assertThat(dup.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("services/petstore.yaml");
    assertThat(dup.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(dup.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(12);
    assertThat(dup.at("/locations/0/physicalLocation/region/endColumn").asInt()).isEqualTo(8);
    assertThat(dup.at("/relatedLocations/0/physicalLocation/region/startLine").asInt()).isEqualTo(8);

    assertThat(byRule.get("tag-description").at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("services/odd%2Cname%3Av1%20%C3%BC.yaml");
    assertThat(byRule.get("operation-id-unique").at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .as("REV:path maps to path").isEqualTo("services/orders.yaml");
    assertThat(byRule.get("operation-id-unique").at("/locations/0/physicalLocation/region").has("startColumn"))
        .as("unknown column is left out").isFalse();
    JsonNode stdin = byRule.get("parse-error").at("/locations/0/physicalLocation");
    assertThat(stdin.at("/artifactLocation/uri").asText()).isEqualTo("%3Cstdin%3E");
    assertThat(stdin.at("/artifactLocation").has("uriBaseId")).isFalse();
    assertThat(stdin.has("region")).as("unknown position: file-level result").isFalse();
    assertThat(byRule.get("remote-ref").at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo(SampleReports.REMOTE);
    assertThat(sarif(SampleReports.sample(), SampleReports.CONTEXT).at("/runs/0/originalUriBaseIds").has("%SRCROOT%"))
        .isTrue();
  }

  @Test
  void filesOutsideTheRepositoryGetAbsoluteFileUris() throws Exception {
    ReportContext context = new ReportContext(Path.of("/elsewhere/work"), Optional.of(Path.of("/ws/repo")), false);
    Report report = new Report("lint", "1", List.of("/elsewhere/work/a b.yaml"), List.of(
        new Diagnostic("x", Severity.ERROR, "m", Location.of("/elsewhere/work/a b.yaml", "", 1, 1)),
        new Diagnostic("x", Severity.ERROR, "m", Location.of("/tmp/other.yaml", "", 2, 1))), Map.of());
    JsonNode log = sarif(report, context);
    assertThat(log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("file:///elsewhere/work/a%20b.yaml");
    assertThat(log.at("/runs/0/results/1/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("file:///tmp/other.yaml");
    assertThat(log.at("/runs/0").has("originalUriBaseIds")).isFalse();
    assertThat(validate(log)).isEmpty();
  }

  @Test
  void fingerprintsSurviveLineShiftsAndAreUnique() throws Exception {
    JsonNode before = sarif(SampleReports.sample(), SampleReports.CONTEXT).at("/runs/0/results");
    JsonNode after = sarif(SampleReports.shifted(7), SampleReports.CONTEXT).at("/runs/0/results");
    assertThat(after.size()).isEqualTo(before.size());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < before.size(); i++) {
      String fp = before.get(i).at("/partialFingerprints/charter~1v1").asText();
      assertThat(fp).matches("[0-9a-f]{64}");
      assertThat(after.get(i).at("/partialFingerprints/charter~1v1").asText()).isEqualTo(fp);
      assertThat(seen.add(fp)).as("fingerprint %s is unique", fp).isTrue();
    }
    assertThat(after.get(1).at("/locations/0/physicalLocation/region/startLine").asInt())
        .isEqualTo(before.get(1).at("/locations/0/physicalLocation/region/startLine").asInt() + 7);
  }

  @Test
  void fingerprintsChangeWithTheMessage() throws Exception {
    Report a = new Report("lint", "1", List.of(SampleReports.PETSTORE),
        List.of(new Diagnostic("r", Severity.WARN, "one", Location.of(SampleReports.PETSTORE, "/a", 1, 1))), Map.of());
    Report b = new Report("lint", "1", List.of(SampleReports.PETSTORE),
        List.of(new Diagnostic("r", Severity.WARN, "two", Location.of(SampleReports.PETSTORE, "/a", 1, 1))), Map.of());
    String fa = sarif(a, SampleReports.CONTEXT).at("/runs/0/results/0/partialFingerprints/charter~1v1").asText();
    String fb = sarif(b, SampleReports.CONTEXT).at("/runs/0/results/0/partialFingerprints/charter~1v1").asText();
    assertThat(fa).isNotEqualTo(fb);
  }
}
