package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CharterCommandTest {
  private static final String PETSTORE = String.join("\n",
      "openapi: 3.0.3",
      "info:",
      "  title: Petstore",
      "  version: '1.0'",
      "paths:",
      "  /pets:",
      "    get:",
      "      responses:",
      "        '200':",
      "          description: ok",
      "");

  private static final String DUPLICATE = String.join("\n",
      "openapi: 3.0.3",
      "info:",
      "  title: Petstore",
      "  title: Petstore again",
      "  version: '1.0'",
      "paths: {}",
      "");

  @TempDir Path dir;

  @Test
  void versionComesFromTheBuild() {
    CliRun run = CliRun.in(dir, "--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).matches("charter \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n");
  }

  @Test
  void everyCommandHasHelp() {
    CliRun root = CliRun.in(dir, "--help");
    assertThat(root.exitCode()).isZero();
    java.util.List<String> commands = new java.util.ArrayList<>();
    boolean inCommands = false;
    for (String line : root.outLines()) {
      if (line.startsWith("Commands:")) {
        inCommands = true;
      } else if (inCommands && line.matches("^  [a-z-]+.*")) {
        commands.add(line.trim().split("\\s+")[0]);
      } else if (inCommands && !line.startsWith(" ")) {
        inCommands = false;
      }
    }
    assertThat(commands).contains("validate", "completion");
    for (String command : commands) {
      CliRun help = CliRun.in(dir, command, "--help");
      assertThat(help.exitCode()).as(command).isZero();
      assertThat(help.out()).as(command).contains("Usage: charter " + command);
    }
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun run = CliRun.in(dir);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Usage: charter");
  }

  @Test
  void unknownOptionsAreUsageErrorsWithoutStackTraces() {
    CliRun run = CliRun.in(dir, "validate", "--frobnicate", "x.yaml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.err()).contains("Unknown option: '--frobnicate'").doesNotContain("\tat ");
  }

  @Test
  void aCleanSpecExitsZero() throws IOException {
    Files.writeString(dir.resolve("petstore.yaml"), PETSTORE);
    CliRun run = CliRun.in(dir, "validate", "petstore.yaml");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void failOnDecidesWhetherWarningsFail() throws IOException {
    Files.writeString(dir.resolve("dup.yaml"), DUPLICATE);
    assertThat(CliRun.in(dir, "validate", "dup.yaml").exitCode()).isZero();
    CliRun strict = CliRun.in(dir, "validate", "--fail-on", "warn", "dup.yaml");
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.out()).contains("duplicate-key");
    assertThat(CliRun.in(dir, "validate", "--fail-on", "bogus", "dup.yaml").exitCode()).isEqualTo(2);
  }

  @Test
  void formatsGoToStdoutOrToFilesWrittenWhole() throws IOException {
    Files.writeString(dir.resolve("dup.yaml"), DUPLICATE);
    CliRun run = CliRun.in(dir, "validate", "--format", "sarif=out/report.sarif", "--format", "json", "dup.yaml");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("duplicate-key");
    assertThat(dir.resolve("out/report.sarif")).exists();
    assertThat(Files.readString(dir.resolve("out/report.sarif"))).contains("duplicate-key");
    try (var files = Files.list(dir.resolve("out"))) {
      assertThat(files).as("no temporary files left").hasSize(1);
    }
    CliRun two = CliRun.in(dir, "validate", "-f", "json", "-f", "sarif", "dup.yaml");
    assertThat(two.exitCode()).isEqualTo(2);
    assertThat(two.err()).contains("only one --format can write to standard output");
    assertThat(CliRun.in(dir, "validate", "-f", "yamlish", "dup.yaml").err()).contains("unknown format 'yamlish'");
  }

  @Test
  void formatTargetsThatNameNoFileOrOneFileTwiceAreUsageErrors() throws IOException {
    Files.writeString(dir.resolve("dup.yaml"), DUPLICATE);
    CliRun noFile = CliRun.in(dir, "validate", "-f", "sarif=", "dup.yaml");
    assertThat(noFile.exitCode()).isEqualTo(2);
    assertThat(noFile.errLines()).singleElement().asString()
        .isEqualTo("--format: error: 'sarif=' names no file (FORMAT=FILE) [usage-error]");
    CliRun twice = CliRun.in(dir, "validate", "-f", "json=out.json,gitlab=out.json", "dup.yaml");
    assertThat(twice.exitCode()).isEqualTo(2);
    assertThat(twice.err()).contains("json and gitlab would both be written to").endsWith("[usage-error]\n");
    assertThat(dir.resolve("out.json")).doesNotExist();
  }

  @Test
  void inputErrorsWriteNoReport() throws IOException {
    Files.writeString(dir.resolve("good.yaml"), PETSTORE);
    Files.writeString(dir.resolve("bad.yaml"), "openapi: [");
    CliRun run = CliRun.in(dir, "validate", "-f", "json=report.json", "good.yaml", "bad.yaml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(dir.resolve("report.json")).doesNotExist();
    assertThat(run.errLines()).singleElement().asString().startsWith("bad.yaml:1:");
  }

  @Test
  void standardInputIsASpecToo() {
    CliRun run = CliRun.in(dir, DUPLICATE, Map.of(), "validate", "--stdin-name", "api.yaml", "-f", "json", "-");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\"api.yaml\"");
  }

  @Test
  void foldersStandForTheSpecsInside() throws IOException {
    Files.createDirectories(dir.resolve("api/common"));
    Files.writeString(dir.resolve("api/petstore.yaml"), PETSTORE);
    Files.writeString(dir.resolve("api/common/fragment.yaml"), "type: string\n");
    CliRun run = CliRun.in(dir, "validate", "-f", "json", "api");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("petstore.yaml").doesNotContain("fragment.yaml");
    CliRun empty = CliRun.in(dir, "validate", "api/common");
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.err()).contains("holds no OpenAPI or AsyncAPI document");
  }

  @Test
  void gitRevisionsAreSpecs() throws Exception {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      Files.writeString(dir.resolve("openapi.yaml"), DUPLICATE);
      git.add().addFilepattern(".").call();
      git.commit().setMessage("v1").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com").setSign(false).call();
      Files.writeString(dir.resolve("openapi.yaml"), PETSTORE);
      CliRun run = CliRun.in(dir, "validate", "--fail-on", "warn", "HEAD:openapi.yaml");
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).contains("HEAD:openapi.yaml");
      assertThat(CliRun.in(dir, "validate", "--fail-on", "warn", "openapi.yaml").exitCode()).isZero();
    }
  }

  @Test
  void configSuppliesDefaultsUnderOptionNames() throws IOException {
    Files.writeString(dir.resolve("dup.yaml"), DUPLICATE);
    Files.writeString(dir.resolve("charter.yaml"), "validate:\n  fail-on: warn\n  format: [json]\n");
    CliRun run = CliRun.in(dir, "validate", "dup.yaml");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith("{");
    // The command line still wins.
    assertThat(CliRun.in(dir, "validate", "--fail-on", "error", "dup.yaml").exitCode()).isZero();
  }

  @Test
  void aConfigFileWithOnlyCommentsSetsNothing() throws IOException {
    Files.writeString(dir.resolve("dup.yaml"), DUPLICATE);
    for (String empty : new String[] {"", "\n", "# settings come later\n\n---\n"}) {
      Files.writeString(dir.resolve("charter.yaml"), empty);
      CliRun run = CliRun.in(dir, "validate", "dup.yaml");
      assertThat(run.exitCode()).as("'%s': %s", empty, run.err()).isZero();
    }
  }

  @Test
  void configIsFoundFromASubfolderButNotAboveTheRepository() throws Exception {
    Files.writeString(dir.resolve("charter.yaml"), "validate:\n  fail-on: warn\n");
    Path repo = Files.createDirectories(dir.resolve("repo/api"));
    Files.writeString(repo.resolve("dup.yaml"), DUPLICATE);
    assertThat(CliRun.in(repo, "validate", "dup.yaml").exitCode()).as("found above").isEqualTo(1);
    Git.init().setDirectory(dir.resolve("repo").toFile()).call().close();
    assertThat(CliRun.in(repo, "validate", "dup.yaml").exitCode()).as("stops at the repository top").isZero();
  }

  @Test
  void unknownConfigKeysAreErrorsNamingKeyAndLine() throws IOException {
    Files.writeString(dir.resolve("petstore.yaml"), PETSTORE);
    Files.writeString(dir.resolve("charter.yaml"), "root: .\nvalidate:\n  fail-on: warn\n  failOn: error\n");
    CliRun run = CliRun.in(dir, "validate", "petstore.yaml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("charter.yaml:4:3: error: unknown setting 'failOn' in 'validate'")
        .endsWith("[config-error]");
    Files.writeString(dir.resolve("charter.yaml"), "valdate: {}\n");
    assertThat(CliRun.in(dir, "validate", "petstore.yaml").err()).contains("charter.yaml:1:1: error: unknown setting 'valdate' at the top level");
    Files.writeString(dir.resolve("other.yaml"), "validate: [oops\n");
    CliRun broken = CliRun.in(dir, "--config", "other.yaml", "validate", "petstore.yaml");
    assertThat(broken.exitCode()).isEqualTo(2);
    assertThat(broken.err()).startsWith("other.yaml:2:");
  }

  @Test
  void badValuesInTheConfigNameTheirLineInTheFile() throws IOException {
    Files.writeString(dir.resolve("petstore.yaml"), PETSTORE);
    String[][] cases = {
      {"validate:\n  fail-on: bogus\n", "charter.yaml:2:3: error: invalid value for 'fail-on': unknown severity 'bogus'"},
      {"validate:\n  fail-on: [warn, error]\n", "charter.yaml:2:3: error: 'fail-on' takes one value, not a list"},
      {"root:\n  dir: api\n", "charter.yaml:1:1: error: 'root' takes one value, not a mapping"},
      {"allow-outside-root: maybe\n", "charter.yaml:1:1: error: 'allow-outside-root' must be true or false, not 'maybe'"},
      {"max-size: 10x\n", "charter.yaml:1:1: error: invalid value for 'max-size': '10x' is not a size"},
      {"validate:\n  format: {json: out.json}\n", "charter.yaml:2:3: error: 'format' must be a value or a list of values, not a mapping"},
      {"validate:\n  format: [json, sarif=]\n", "charter.yaml:2:3: error: 'format': 'sarif=' names no file"},
    };
    for (String[] c : cases) {
      Files.writeString(dir.resolve("charter.yaml"), c[0]);
      CliRun run = CliRun.in(dir, "validate", "petstore.yaml");
      assertThat(run.exitCode()).as(c[0]).isEqualTo(2);
      assertThat(run.errLines()).as(c[0]).singleElement().asString().startsWith(c[1]).endsWith("[config-error]");
    }
    // The command line wins, so a bad value in the file that it overrides does no harm.
    Files.writeString(dir.resolve("charter.yaml"), "validate:\n  fail-on: bogus\n");
    assertThat(CliRun.in(dir, "validate", "--fail-on", "error", "petstore.yaml").exitCode()).isZero();
  }

  @Test
  void reportFilesNamedInTheConfigAreRelativeToItsFolder() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("api"));
    Files.writeString(sub.resolve("dup.yaml"), DUPLICATE);
    Files.writeString(dir.resolve("charter.yaml"), "validate:\n  format: [stylish, json=reports/validate.json]\n");
    CliRun run = CliRun.in(sub, "validate", "dup.yaml");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(dir.resolve("reports/validate.json")).isRegularFile();
    assertThat(sub.resolve("reports")).doesNotExist();
  }

  /** A run whose standard output is (or is not) a terminal, with {@code env} as its environment. */
  private CliRun onTerminal(boolean terminal, Map<String, String> env, String... args) {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int code = CharterCommand.run(new CliEnvironment(dir, java.io.InputStream.nullInputStream(),
        new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true), env, terminal), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  @Test
  void colourFollowsColorAndNoColor() throws IOException {
    Files.writeString(dir.resolve("dup.yaml"), DUPLICATE);
    String esc = "\u001b[";
    assertThat(onTerminal(true, Map.of(), "validate", "dup.yaml").out()).as("auto on a terminal").contains(esc);
    assertThat(onTerminal(false, Map.of(), "validate", "dup.yaml").out()).as("auto into a pipe").doesNotContain(esc);
    assertThat(onTerminal(true, Map.of("NO_COLOR", "1"), "validate", "dup.yaml").out()).as("NO_COLOR").doesNotContain(esc);
    assertThat(onTerminal(false, Map.of(), "validate", "--color", "always", "dup.yaml").out()).contains(esc);
    assertThat(onTerminal(false, Map.of(), "--color=ALWAYS", "validate", "dup.yaml").out()).contains(esc);
    assertThat(onTerminal(true, Map.of(), "validate", "--color", "never", "dup.yaml").out()).doesNotContain(esc);
    assertThat(onTerminal(false, Map.of(), "validate", "--color", "always", "-f", "json", "dup.yaml").out())
        .as("machine formats never").doesNotContain(esc);
    CliRun typo = CliRun.in(dir, "validate", "--color", "allways", "dup.yaml");
    assertThat(typo.exitCode()).isEqualTo(2);
    assertThat(typo.err()).contains("--color").contains("allways");
  }

  @Test
  void quietShowsOnlyFindingsThatFailTheRun() throws IOException {
    Files.writeString(dir.resolve("dup.yaml"), DUPLICATE);
    assertThat(CliRun.in(dir, "validate", "dup.yaml").out()).contains("duplicate-key");
    CliRun quiet = CliRun.in(dir, "validate", "--quiet", "dup.yaml");
    assertThat(quiet.exitCode()).isZero();
    assertThat(quiet.out()).doesNotContain("duplicate-key").contains("No problems found.");
    assertThat(CliRun.in(dir, "-q", "validate", "--fail-on", "warn", "dup.yaml").out()).contains("duplicate-key");
  }

  @Test
  void completionIsABashScript() {
    CliRun run = CliRun.in(dir, "completion");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("complete -F").contains("validate");
  }
}
