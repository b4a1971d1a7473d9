package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code charter lint}, {@code charter rules}: exit codes, settings, rulesets, baseline, suppression, formats. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LintCommandTest {
  private static final String SPEC = """
      openapi: 3.0.3
      info:
        title: Pets
        version: '1.0'
        description: Pets for adoption.
        contact: {name: Pets team}
      servers: [{url: 'https://api.example.org'}]
      tags: [{name: pets}]
      paths:
        /pets:
          get:
            operationId: listPets
            tags: [pets]
            responses:
              '200': {description: ok}
              '404': {description: no such pet}
      """;

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    return p;
  }

  @Test
  void warningsDoNotFailByDefaultButDoWithFailOnWarn() throws IOException {
    write("api.yaml", SPEC);
    CliRun run = CliRun.in(dir, "lint", "api.yaml");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("operation-description").contains("api.yaml");
    CliRun strict = CliRun.in(dir, "lint", "--fail-on", "warn", "api.yaml");
    assertThat(strict.exitCode()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"stylish", "json", "sarif", "junit", "github", "gitlab", "markdown"})
  void everyOutputFormatWorks(String format) throws IOException {
    write("api.yaml", SPEC);
    CliRun run = CliRun.in(dir, "lint", "--format", format, "api.yaml");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("operation-description");
  }

  @Test
  void jsonOutputCarriesPositionsAndPointers() throws IOException {
    write("api.yaml", SPEC);
    CliRun run = CliRun.in(dir, "lint", "-f", "json", "api.yaml");
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.toString()).contains("\"operation-description\"").contains("/paths/~1pets/get");
  }

  @Test
  void charterYamlTurnsRulesOffAndChecksItsKeys() throws IOException {
    write("api.yaml", SPEC);
    write("charter.yaml", """
        lint:
          fail-on: warn
          rules:
            operation-description: off
        """);
    CliRun run = CliRun.in(dir, "lint", "api.yaml");
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).doesNotContain("operation-description");

    write("charter.yaml", """
        lint:
          rules:
            operation-descripton: off
        """);
    CliRun bad = CliRun.in(dir, "lint", "api.yaml");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.errLines()).singleElement().asString()
        .startsWith("charter.yaml:3:5: error: unknown rule 'operation-descripton'").endsWith("[config-error]");
  }

  @Test
  void aBadGlobInCharterYamlIsAConfigErrorAtItsLine() throws IOException {
    write("api.yaml", SPEC);
    write("charter.yaml", """
        lint:
          overrides:
            - files: ["legacy/**/*.yaml", "legacy/{a,b/*.yaml"]
              rules: {operation-description: off}
        """);
    CliRun run = CliRun.in(dir, "lint", "api.yaml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("charter.yaml:3:35: error: invalid glob 'legacy/{a,b/*.yaml'").endsWith("[config-error]");
  }

  @Test
  void badRulesetIsOneLineWithFileLineAndExit2() throws IOException {
    write("api.yaml", SPEC);
    write("rules.yaml", """
        extends: spectral:oas
        rules:
          my-rule:
            given: $.info
            then:
              function: lenght
        """);
    CliRun run = CliRun.in(dir, "lint", "--ruleset", "rules.yaml", "api.yaml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("rules.yaml:6:7: error: unknown function 'lenght'").endsWith("[ruleset-error]");
  }

  @Test
  void spectralYamlInTheWorkingDirectoryIsUsed() throws IOException {
    write("api.yaml", SPEC);
    write(".spectral.yaml", """
        extends: [[spectral:oas, off]]
        rules:
          info-contact: error
        """);
    CliRun run = CliRun.in(dir, "lint", "-f", "json", "api.yaml");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("operation-description");
  }

  @Test
  void baselineFailsOnlyOnNewFindingsEvenWhenLinesMove() throws IOException {
    write("api.yaml", SPEC);
    CliRun written = CliRun.in(dir, "lint", "--baseline-write", "lint-baseline.json", "api.yaml");
    assertThat(written.exitCode()).as(written.err()).isZero();
    assertThat(written.err()).contains("wrote 1 finding to baseline");

    // Lines shift (a new comment and a new tag), one new finding appears (a second operation).
    write("api.yaml", "# moved\n\n" + SPEC + """
            post:
              operationId: createPet
              tags: [pets]
              description: Adds a pet.
              responses:
                '201': {description: created}
            delete:
              operationId: deletePets
              tags: [pets]
              responses:
                '204': {description: gone}
        """);
    CliRun run = CliRun.in(dir, "lint", "--fail-on", "warn", "--baseline", "lint-baseline.json", "-f", "json", "api.yaml");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("/paths/~1pets/delete").doesNotContain("/paths/~1pets/get\"");
    assertThat(run.err()).contains("1 finding left out by the baseline");

    CliRun missing = CliRun.in(dir, "lint", "--baseline", "nope.json", "api.yaml");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("[baseline-error]");

    write("edited.json", "{\"version\": 1,\n \"findings\": [}\n");
    CliRun malformed = CliRun.in(dir, "lint", "--baseline", "edited.json", "api.yaml");
    assertThat(malformed.exitCode()).isEqualTo(2);
    assertThat(malformed.errLines()).singleElement().asString()
        .startsWith("edited.json:2:15: error: malformed JSON").endsWith("[baseline-error]").doesNotContain("REDACTED");
  }

  @Test
  void inlineSuppressionNeedsAReason() throws IOException {
    write("api.yaml", SPEC.replace("    get:\n",
        "    get: # charter-ignore operation-description -- described in the developer portal\n"));
    CliRun run = CliRun.in(dir, "lint", "--fail-on", "warn", "api.yaml");
    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.err()).contains("1 suppressed inline");

    write("api.yaml", SPEC.replace("    get:\n", "    get: # charter-ignore operation-description\n"));
    CliRun noReason = CliRun.in(dir, "lint", "--fail-on", "warn", "api.yaml");
    assertThat(noReason.exitCode()).isEqualTo(1);
    assertThat(noReason.err()).contains("gives no reason");
  }

  @Test
  void brokenReferencesAreFindingsAndTheRestIsLinted() throws IOException {
    write("api.yaml", SPEC.replace("'200': {description: ok}", "'200': {$ref: 'missing.yaml'}"));
    CliRun run = CliRun.in(dir, "lint", "-f", "json", "api.yaml");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("unresolved-ref").contains("operation-description");
  }

  @Test
  void unloadableSpecsAreInputErrors() throws IOException {
    write("api.yaml", "openapi: 3.0.3\ninfo: [\n");
    CliRun run = CliRun.in(dir, "lint", "api.yaml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("[parse-error]").doesNotContain("\tat ");
  }

  @Test
  void rulesListsAndDescribes() {
    CliRun text = CliRun.in(dir, "rules");
    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).contains("operation-operationId").contains("asyncapi-info-contact");
    CliRun json = CliRun.in(dir, "rules", "--format", "json");
    assertThat(json.out()).contains("\"id\" : \"typed-enum\"");
    CliRun describe = CliRun.in(dir, "rules", "describe", "oas3-server-variables");
    assertThat(describe.exitCode()).isZero();
    assertThat(describe.out()).contains("Why:").contains("Bad:").contains("Good:");
    CliRun unknown = CliRun.in(dir, "rules", "describe", "operation-id");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown rule 'operation-id'").contains("[usage-error]");
  }
}
