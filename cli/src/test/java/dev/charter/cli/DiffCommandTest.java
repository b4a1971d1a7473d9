package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code charter diff} and {@code charter changelog} through the real command line. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DiffCommandTest {
  private static final Pattern ONE_LINE =
      Pattern.compile("^[^:\\s][^\\n]*?(:\\d+(:\\d+)?)?: error: [^\\n]+ \\[[a-z0-9-]+\\]$");

  @TempDir Path dir;

  static String spec(String version, String nameMaxLength, String extraPath) {
    return """
        openapi: 3.0.3
        info: {title: Pets, version: %s}
        paths:
          /pets:
            get:
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          name: {type: string, maxLength: %s}
        %s""".formatted(version, nameMaxLength, extraPath);
  }

  @BeforeEach
  void files() throws Exception {
    Files.writeString(dir.resolve("v1.yaml"), spec("1.0.0", "50", ""));
    Files.writeString(dir.resolve("v1-refactored.yaml"), """
        openapi: 3.1.0
        info: {title: Pets, version: 1.0.0}
        paths:
          /pets:
            get:
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Pets'}
        components:
          schemas:
            Pets:
              allOf:
                - type: object
                  properties:
                    name: {type: string, maxLength: 50}
        """);
    Files.writeString(dir.resolve("v2-breaking.yaml"), spec("1.1.0", "80", ""));
    Files.writeString(dir.resolve("v2-addition.yaml"), spec("1.1.0", "50", """
          /pets/{id}:
            get:
              parameters: [{name: id, in: path, required: true, schema: {type: string}}]
              responses: {'200': {description: ok}}
        """));
    Files.writeString(dir.resolve("async.yaml"), "asyncapi: 2.6.0\ninfo: {title: a, version: '1'}\nchannels: {}\n");
    Files.writeString(dir.resolve("broken.yaml"), "openapi: 3.0.3\ninfo: [unclosed\n");
  }

  @Test
  void aRefactorIsCleanAndExitsZero() {
    CliRun run = CliRun.in(dir, "diff", "v1.yaml", "v1-refactored.yaml");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("no changes").contains("bump: none");
  }

  @Test
  void aBreakingChangeFailsTheDefaultGateWithExitOne() {
    CliRun run = CliRun.in(dir, "diff", "v1.yaml", "v2-breaking.yaml");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("GET /pets").contains("response-max-length-increased")
        .contains("at v2-breaking.yaml:14:").contains("(was v1.yaml:14:");
  }

  @Test
  void theGateFollowsFailOn() {
    assertThat(CliRun.in(dir, "diff", "--fail-on", "none", "v1.yaml", "v2-breaking.yaml").exitCode()).isZero();
    assertThat(CliRun.in(dir, "diff", "v1.yaml", "v2-addition.yaml").exitCode()).isZero();
    assertThat(CliRun.in(dir, "diff", "--fail-on", "minor", "v1.yaml", "v2-addition.yaml").exitCode()).isEqualTo(1);
  }

  @Test
  void quietShowsOnlyTheChangesThatFailTheGate() {
    CliRun all = CliRun.in(dir, "diff", "v1.yaml", "v2-addition.yaml");
    CliRun quiet = CliRun.in(dir, "--quiet", "diff", "v1.yaml", "v2-addition.yaml");
    assertThat(quiet.exitCode()).isEqualTo(all.exitCode()).isZero();
    assertThat(all.out()).contains("GET /pets/{id}");
    assertThat(quiet.out()).doesNotContain("/pets/{id}");
    CliRun failing = CliRun.in(dir, "diff", "--quiet", "v1.yaml", "v2-breaking.yaml");
    assertThat(failing.exitCode()).isEqualTo(1);
    assertThat(failing.out()).contains("response-max-length-increased");
  }

  @Test
  void jsonHasTheDocumentedShape() throws Exception {
    CliRun run = CliRun.in(dir, "diff", "--format", "json", "v1.yaml", "v2-breaking.yaml");
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("bump").asText()).isEqualTo("major");
    assertThat(json.path("breaking").asBoolean()).isTrue();
    JsonNode change = json.path("changes").get(0);
    assertThat(change.path("id").asText()).isEqualTo("response-max-length-increased");
    assertThat(change.path("bump").asText()).isEqualTo("major");
    assertThat(change.path("operation").asText()).isEqualTo("GET /pets");
    assertThat(change.path("message").asText()).contains("maxLength increased from 50 to 80");
    assertThat(change.path("old").path("file").asText()).isEqualTo("v1.yaml");
    assertThat(change.path("old").path("line").asInt()).isEqualTo(14);
    assertThat(change.path("new").path("pointer").asText()).isEqualTo("/paths/~1pets/get/responses/200/content/application~1json/schema/properties/name/maxLength");
  }

  @Test
  void theModeChangesWhatBreaks() {
    // Forward: new clients of v2-addition would call GET /pets/{id} on the old API.
    assertThat(CliRun.in(dir, "diff", "--mode", "forward", "v1.yaml", "v2-addition.yaml").exitCode()).isEqualTo(1);
    assertThat(CliRun.in(dir, "diff", "--mode", "forward", "v1.yaml", "v2-breaking.yaml").exitCode()).isZero();
  }

  @Test
  void theVersionCheckNamesTheSmallestCorrectVersion() {
    CliRun run = CliRun.in(dir, "diff", "--check-version", "--fail-on", "none", "v1.yaml", "v2-breaking.yaml");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("does not carry the major bump").contains("2.0.0");
    assertThat(CliRun.in(dir, "diff", "--check-version", "v1.yaml", "v2-addition.yaml").exitCode()).isZero();
  }

  @Test
  void settingsInCharterYamlChangeBumps() throws Exception {
    Files.writeString(dir.resolve("charter.yaml"), "diff:\n  fail-on: major\n  bumps:\n    response-max-length-increased: minor\n");
    CliRun run = CliRun.in(dir, "diff", "v1.yaml", "v2-breaking.yaml");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("minor   response-max-length-increased");
  }

  @Test
  void anUnknownChangeIdInSettingsIsAConfigError() throws Exception {
    Files.writeString(dir.resolve("charter.yaml"), "diff:\n  bumps:\n    response-enum-grew: minor\n");
    CliRun run = CliRun.in(dir, "diff", "v1.yaml", "v2-breaking.yaml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().contains("charter.yaml:3:").contains("unknown change id 'response-enum-grew'");
  }

  @Test
  void listChecksPrintsEveryIdWithItsBump() {
    CliRun run = CliRun.in(dir, "diff", "--list-checks");
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSizeGreaterThan(150).anySatisfy(l -> assertThat(l).startsWith("response-enum-value-added\tmajor\t"));
  }

  @Test
  void changelogWritesMarkdown() {
    CliRun run = CliRun.in(dir, "changelog", "v1.yaml", "v2-addition.yaml");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("## Changes from `v1.yaml` to `v2-addition.yaml`").contains("**Semver bump: minor**")
        .contains("- `GET /pets/{id}`: operation added (`operation-added`)");
  }

  @Test
  void sharedFindingFormatsCarryTheChanges() {
    CliRun run = CliRun.in(dir, "diff", "--format", "sarif", "v1.yaml", "v2-breaking.yaml");
    assertThat(run.out()).contains("response-max-length-increased");
  }

  // ---- bad input: one clear line, exit 2 ----

  private static void oneLine(CliRun run, String id) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).isNotEmpty().allSatisfy(l -> assertThat(l).matches(ONE_LINE));
    assertThat(run.errLines().get(0)).endsWith("[" + id + "]");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void anUnparseableSideIsOneLine() {
    oneLine(CliRun.in(dir, "diff", "v1.yaml", "broken.yaml"), "parse-error");
  }

  @Test
  void theSameBrokenFileOnBothSidesIsSaidOnce() {
    CliRun run = CliRun.in(dir, "diff", "broken.yaml", "broken.yaml");
    oneLine(run, "parse-error");
    assertThat(run.errLines()).hasSize(1);
  }

  @Test
  void specsOfDifferentFamiliesAreOneLine() {
    CliRun run = CliRun.in(dir, "diff", "v1.yaml", "async.yaml");
    oneLine(run, "spec-family-mismatch");
    assertThat(run.err()).contains("OpenAPI 3.0").contains("AsyncAPI 2.6");
  }

  @Test
  void aMissingFileIsOneLine() {
    oneLine(CliRun.in(dir, "diff", "v1.yaml", "nope.yaml"), "file-not-found");
  }

  @Test
  void oneSpecWithoutBaseIsAUsageError() {
    oneLine(CliRun.in(dir, "diff", "v1.yaml"), "usage-error");
  }

  @Test
  void usageErrorsNameTheCommandAndTheOptionOnce() {
    CliRun changelog = CliRun.in(dir, "changelog", "v1.yaml");
    oneLine(changelog, "usage-error");
    assertThat(changelog.err()).startsWith("charter changelog: error: ");
    CliRun bump = CliRun.in(dir, "diff", "--fail-on", "huge", "v1.yaml", "v2-breaking.yaml");
    assertThat(bump.exitCode()).isEqualTo(2);
    assertThat(bump.err()).contains("Invalid value for option '--fail-on': unknown bump 'huge'").doesNotContain("--fail-on: --fail-on");
    CliRun gate = CliRun.in(dir, "ci", "--diff-fail-on", "huge", "v1.yaml");
    assertThat(gate.exitCode()).isEqualTo(2);
    assertThat(gate.err()).contains("'--diff-fail-on': unknown bump 'huge'");
  }

  @Test
  void aBadBumpInCharterYamlNamesItsLine() throws java.io.IOException {
    Files.writeString(dir.resolve("charter.yaml"), "diff:\n  fail-on: huge\n");
    CliRun run = CliRun.in(dir, "diff", "v1.yaml", "v2-breaking.yaml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("charter.yaml:2:3: error: invalid value for 'fail-on': unknown bump 'huge'").endsWith("[config-error]");
  }

  @Test
  void aDirectoryThatIsNotARepositoryIsOneLine() {
    CliRun run = CliRun.in(dir, "diff", "--base", "HEAD", "v1.yaml");
    oneLine(run, "git-error");
    assertThat(run.err()).contains("not inside a git repository");
  }

  @Test
  void gitRevisionsAndPathsThatDoNotExistAreOneLine() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern("v1.yaml").call();
      PersonIdent who = new PersonIdent("t", "t@example.com", Date.from(Instant.parse("2025-01-01T00:00:00Z")), TimeZone.getTimeZone("UTC"));
      git.commit().setMessage("v1").setAuthor(who).setCommitter(who).setSign(false).call();
    }
    oneLine(CliRun.in(dir, "diff", "no-such-rev:v1.yaml", "v1.yaml"), "git-error");
    oneLine(CliRun.in(dir, "diff", "HEAD:missing.yaml", "v1.yaml"), "file-not-found");
    // The work tree against HEAD: a real pull-request check.
    CliRun base = CliRun.in(dir, "diff", "--base", "HEAD", "v1.yaml");
    assertThat(base.exitCode()).as(base.err()).isZero();
    Files.writeString(dir.resolve("v1.yaml"), spec("1.0.0", "80", ""));
    assertThat(CliRun.in(dir, "diff", "--base", "HEAD", "v1.yaml").exitCode()).isEqualTo(1);
  }

  @Test
  void colourIsOffWhenNotATerminal() {
    CliRun run = CliRun.in(dir, "", Map.of(), "diff", "v1.yaml", "v2-breaking.yaml");
    assertThat(run.out()).doesNotContain("\u001b[");
  }
}
