package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cases of {@code src/test/resources/hostile/README.md}, through the real command line. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class HostileInputTest {
  private static final Path DIR = Path.of("src/test/resources/hostile").toAbsolutePath();
  private static final Pattern ONE_LINE =
      Pattern.compile("^[^:\\s][^\\n]*?(:\\d+(:\\d+)?)?: error: [^\\n]+ \\[[a-z0-9-]+\\]$");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "billion-laughs.yaml,     2, parse-error,         7",
    "alias-unknown.yaml,      2, parse-error,         3",
    "malformed.yaml,          2, parse-error,         5",
    "malformed.json,          2, parse-error,         3",
    "tab-indented.yaml,       2, parse-error,         3",
    "multi-document.yaml,     2, parse-error,         5",
    "invalid-utf8.yaml,       2, parse-error,         3",
    "empty.yaml,              2, parse-error,         1",
    "not-a-spec.yaml,         2, unknown-spec,        1",
    "top-level-array.json,    2, unknown-spec,        1",
    "unknown-version.yaml,    2, unsupported-version, 1",
    "asyncapi-1.yaml,         2, unsupported-version, 1",
    "broken-ref-file.yaml,    2, unresolved-ref,      10",
    "broken-ref-pointer.yaml, 2, unresolved-ref,      14",
    "broken-ref-escape.yaml,  2, unresolved-ref,      14",
    "circular-ref.yaml,       2, circular-ref,        9",
    "ref-absolute-path.yaml,  2, ref-outside-root,    9",
    "ref-file-url.yaml,       2, ref-outside-root,    9",
    "ref-climbs-out.yaml,     2, ref-outside-root,    9",
    "ref-to-folder.yaml,      2, unresolved-ref,      9",
  })
  void inputErrorsAreOneLineEachWithExitCode2(String file, int exit, String id, int line) {
    CliRun run = CliRun.in(DIR, "validate", file);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(exit);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).isNotEmpty().allSatisfy(l -> assertThat(l).matches(ONE_LINE));
    assertThat(run.errLines().get(0)).startsWith(file + ":" + line + ":").endsWith("[" + id + "]");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void circularReferencesAreReportedAtEachEnd() {
    CliRun run = CliRun.in(DIR, "validate", "circular-ref.yaml");
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(1)).startsWith("circular-ref.yaml:11:");
  }

  @Test
  void recursiveSchemasAreFine() {
    CliRun run = CliRun.in(DIR, "validate", "recursive-schema.yaml");
    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
  }

  @Test
  void remoteReferencesAreNotFollowedButReported() {
    CliRun run = CliRun.in(DIR, "validate", "--format", "json", "remote-ref.yaml");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("remote-ref-refused").contains("--allow-remote-refs 127.0.0.1");
  }

  @Test
  void duplicateKeysAreAWarningThatNamesBothPlaces() {
    CliRun run = CliRun.in(DIR, "validate", "--format", "json", "duplicate-key.yaml");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("duplicate-key").contains("\"line\": 11").contains("\"line\": 6");
  }

  @Test
  void inertYamlTagsAreData() {
    CliRun run = CliRun.in(DIR, "validate", "yaml-python-tag.yaml");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("oas3-schema");
  }

  @Test
  void deepNestingIsRefused(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("deep.json"), "{\"openapi\": \"3.0.3\", \"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
    Files.writeString(tmp.resolve("deep.yaml"), "openapi: 3.0.3\nx: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n");
    for (String f : new String[] {"deep.json", "deep.yaml"}) {
      CliRun run = CliRun.in(tmp, "validate", f);
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.errLines()).singleElement().asString().contains("nests deeper than").endsWith("[parse-error]");
    }
  }

  @Test
  void documentsOverTheSizeLimitAreRefusedBeforeParsing(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("big.yaml"), "openapi: 3.0.3\n" + "x: " + "y".repeat(5000) + "\n");
    CliRun run = CliRun.in(tmp, "validate", "--max-size", "1k", "big.yaml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().contains("over the limit").endsWith("[file-too-large]");
  }

  @Test
  void veryLongYamlLinesAreRefusedBeforeTheQuadraticScan(@TempDir Path tmp) throws IOException {
    // 10 MB on one line took SnakeYAML 12 s and 2 GB; refused it takes milliseconds.
    Files.writeString(tmp.resolve("long.yaml"), "openapi: 3.0.3\nx: |\n  " + "y".repeat(10_000_000) + "\n");
    CliRun run = CliRun.in(tmp, "validate", "long.yaml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().matches(ONE_LINE)
        .startsWith("long.yaml:3:").contains("line 3 is 10,000,002 bytes long").endsWith("[parse-error]");
  }

  @Test
  void aReferenceToAPipeOrDeviceIsNotRead(@TempDir Path tmp) throws Exception {
    Path fifo = tmp.resolve("pipe.yaml");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
    Files.writeString(tmp.resolve("openapi.yaml"), spec("$ref: ./pipe.yaml"));
    CliRun run = CliRun.in(tmp, "validate", "openapi.yaml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().matches(ONE_LINE)
        .contains("is not a regular file").endsWith("[unresolved-ref]");
  }

  @Test
  void aDeviceNamedOnTheCommandLineIsReadOnlyUpToTheLimit() {
    CliRun run = CliRun.in(DIR, "validate", "--max-size", "1m", "/dev/zero");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().contains("more than the limit").endsWith("[file-too-large]");
  }

  @Test
  void symlinksCannotLeadOutOfTheRoot(@TempDir Path tmp) throws IOException {
    Path root = Files.createDirectories(tmp.resolve("project"));
    Path secret = Files.writeString(tmp.resolve("secret.yaml"), "type: string\n");
    Files.createSymbolicLink(root.resolve("link.yaml"), secret);
    Files.writeString(root.resolve("openapi.yaml"), spec("$ref: ./link.yaml"));
    CliRun run = CliRun.in(root, "validate", "openapi.yaml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().contains("symlink").endsWith("[ref-outside-root]");
    // Allowed when asked for.
    assertThat(CliRun.in(root, "validate", "--allow-outside-root", "openapi.yaml").exitCode()).isZero();
  }

  @Test
  void referencesMayNotLeaveTheSpecsFolderOutsideARepository(@TempDir Path tmp) throws IOException {
    Path api = Files.createDirectories(tmp.resolve("api"));
    Files.writeString(tmp.resolve("common.yaml"), "type: string\n");
    Files.writeString(api.resolve("openapi.yaml"), spec("$ref: ../common.yaml"));
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    CliRun run = CliRun.in(elsewhere, "validate", api.resolve("openapi.yaml").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("leaves the root folder").contains("[ref-outside-root]");
    assertThat(CliRun.in(elsewhere, "validate", "--root", tmp.toString(), api.resolve("openapi.yaml").toString())
        .exitCode()).isZero();
    assertThat(CliRun.in(tmp, "validate", "api/openapi.yaml").exitCode()).as("the working directory holds both").isZero();
  }

  @Test
  void aRootThatIsNotAFolderIsAnInputError(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("openapi.yaml"), spec("type: string"));
    for (String root : new String[] {"nowhere", "openapi.yaml"}) {
      CliRun run = CliRun.in(tmp, "validate", "--root", root, "openapi.yaml");
      assertThat(run.exitCode()).as(root).isEqualTo(2);
      assertThat(run.errLines()).singleElement().asString().matches(ONE_LINE)
          .contains("the root folder " + tmp.resolve(root)).endsWith("(--root) [file-not-found]");
    }
  }

  @Test
  void aMissingGitRevisionIsAnInputError(@TempDir Path tmp) throws Exception {
    CliRun run = CliRun.in(tmp, "validate", "nosuchrev:openapi.yaml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().contains("not inside a git repository").endsWith("[git-error]");
  }

  @Test
  void aProblemWithTheWorkingDirectoryItselfNamesIt(@TempDir Path tmp) {
    CliRun run = CliRun.in(tmp, "hook", "run");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().matches(ONE_LINE)
        .startsWith(".: error: ").endsWith("[git-error]");
  }

  @Test
  void aMissingFileIsAnInputError(@TempDir Path tmp) {
    CliRun run = CliRun.in(tmp, "validate", "nope.yaml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().isEqualTo("nope.yaml: error: " + tmp.resolve("nope.yaml") + " does not exist [file-not-found]");
  }

  static String spec(String schemaRef) {
    return "openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\npaths: {}\ncomponents:\n  schemas:\n    S:\n      "
        + schemaRef + "\n";
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
