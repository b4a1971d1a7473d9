package dev.charter.maven.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.charter.cli.CharterCommand;
import dev.charter.cli.CliEnvironment;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Real Maven builds of a project that keeps its contract in {@code src/main/openapi/petstore.yaml}
 * and declares charter's goals in its pom ({@code src/it/petstore}). The project lives in a git
 * repository this test creates, whose tag {@code v1.0.0} is the previous release the diff goal
 * compares with. Every test starts from that release's files; {@code target/} is kept between
 * builds, as on a developer's machine, so the full build runs first and the others reuse its output.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PetstoreBuildIT {
  private static final String SPEC = "src/main/openapi/petstore.yaml";
  private static final String RELEASE_TAG = "v1.0.0";
  private static final String PLUGIN = "dev.charter:charter-maven-plugin:" + System.getProperty("charter.version");

  private FixtureProject project;
  private Git git;
  private String releasedSpec;

  @BeforeAll
  void createRepository() throws Exception {
    project = FixtureProject.copy("petstore", "petstore");
    releasedSpec = Files.readString(Path.of(System.getProperty("charter.it.examples")).resolve("petstore.yaml"));
    Files.createDirectories(project.file(SPEC).getParent());
    Files.writeString(project.file(SPEC), releasedSpec);
    Files.writeString(project.file(".gitignore"), "target/\n");
    git = Git.init().setDirectory(project.dir().toFile()).setInitialBranch("main").call();
    git.add().addFilepattern(".").call();
    commit("petstore 1.0.0");
    git.tag().setName(RELEASE_TAG).setAnnotated(true).setMessage("release 1.0.0").setTagger(author()).call();
  }

  @AfterAll
  void closeRepository() {
    if (git != null) {
      git.close();
    }
  }

  @BeforeEach
  void backToTheRelease() throws Exception {
    git.reset().setMode(ResetCommand.ResetType.HARD).setRef(RELEASE_TAG).call();
    git.clean().call(); // files a test added; target/ is ignored, so it stays
  }

  @Test
  @Order(1)
  void verifyRunsEveryGoalAndPasses() throws Exception {
    FixtureProject.Build build = project.mvn("verify", "verify");

    assertThat(build.succeeded()).as(build.toString()).isTrue();
    assertThat(build.log()).contains("charter:lint: 0 findings in 1 spec")
        .contains("charter:generate: OpenAPI Generator 'java' from " + SPEC + " into target/generated-sources/charter")
        .containsPattern("charter:mock-start: serving Petstore at http://127\\.0\\.0\\.1:\\d+/v1 \\(charter\\.mock\\.url\\)")
        .containsPattern("charter:verify: \\d+ cases against http://127\\.0\\.0\\.1:\\d+/v1 \\(seed 0\\): \\d+ passed, 0 failed")
        .contains("Tests run: 2, Failures: 0, Errors: 0, Skipped: 0")
        .containsPattern("charter:mock-stop: stopped the mock at http://127\\.0\\.0\\.1:\\d+ \\(mock, \\d+ requests answered\\)")
        .contains("charter:diff: " + SPEC + " against the previous release, tag " + RELEASE_TAG);
    assertThat(project.file("target/charter/lint.sarif")).isRegularFile();
    assertThat(project.file("target/classes/com/example/petstore/api/PetsApi.class")).isRegularFile();
    assertThat(project.file("target/classes/com/example/petstore/model/Pet.class")).isRegularFile();
    assertThat(project.file("target/charter/verify.junit.xml")).isRegularFile();
    assertThat(project.file("target/charter/diff.md")).isRegularFile();
  }

  @Test
  @Order(2)
  void theReportsAreTheBytesTheCommandLineWrites() throws Exception {
    Path cliReports = project.file("target/cli");
    assertThat(cli("lint", "src/main/openapi", "-f", "sarif=target/cli/lint.sarif,json=target/cli/lint.json")).isZero();
    assertThat(cli("diff", "--base", RELEASE_TAG, SPEC, "-f", "markdown=target/cli/diff.md")).isZero();

    for (String report : List.of("lint.sarif", "lint.json", "diff.md")) {
      assertThat(project.file("target/charter/" + report)).as(report)
          .hasSameBinaryContentAs(cliReports.resolve(report));
    }
  }

  @Test
  @Order(3)
  void generateDoesNothingWhenTheSpecIsUnchanged() throws Exception {
    FixtureProject.Build build = project.mvn("unchanged", "generate-sources");

    assertThat(build.succeeded()).as(build.toString()).isTrue();
    assertThat(build.log()).contains("charter:generate: " + SPEC + " and the options are unchanged since the last "
        + "generation into target/generated-sources/charter; nothing to do");
  }

  @Test
  @Order(4)
  void aBreakingChangeCommittedAfterTheTagFailsTheBuildNamingTheChange() throws Exception {
    editSpec(withoutDeletePet(releasedSpec));
    commit("remove DELETE /pets/{petId}");

    FixtureProject.Build build = project.mvn("breaking", "verify");

    assertThat(build.succeeded()).as(build.toString()).isFalse();
    assertThat(build.log()).contains("BUILD FAILURE")
        .contains("charter:diff: 1 change at or above major (breaking)")
        .contains("operation-removed: DELETE /pets/{petId}");
  }

  @Test
  @Order(5)
  void diffAgainstThePreviousReleasedArtifactReadsTheSpecInsideItsJar() throws Exception {
    Path jar = project.dir().resolveSibling("petstore-1.0.0.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      zip.putNextEntry(new ZipEntry("openapi/petstore.yaml"));
      zip.write(releasedSpec.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    FixtureProject.Build install = project.mvn("install-1.0.0", "install:install-file", "-Dfile=" + jar,
        "-DgroupId=dev.charter.it", "-DartifactId=petstore", "-Dversion=1.0.0", "-Dpackaging=jar");
    assertThat(install.succeeded()).as(install.toString()).isTrue();
    editSpec(withoutDeletePet(releasedSpec));

    FixtureProject.Build build = project.mvn("previous-artifact", PLUGIN + ":diff", "-Dcharter.diff.previousArtifact=auto");

    assertThat(build.succeeded()).as(build.toString()).isFalse();
    assertThat(build.log())
        .contains("charter:diff: " + SPEC + " against the previous release, dev.charter.it:petstore:1.0.0")
        .contains("operation-removed: DELETE /pets/{petId}");
  }

  @Test
  @Order(11)
  void aSpecAddedSinceThePreviousReleaseIsNewNotAnError() throws Exception {
    Files.writeString(project.file("src/main/openapi/orders.yaml"), releasedSpec.replace("title: Petstore", "title: Orders"));

    FixtureProject.Build build = project.mvn("new-spec", PLUGIN + ":diff", "-Dcharter.diff.previousRelease=v*");

    assertThat(build.succeeded()).as(build.toString()).isTrue();
    assertThat(build.log()).contains("charter:diff: src/main/openapi/orders.yaml is new since the previous release, tag "
        + RELEASE_TAG + ": nothing to compare it with")
        .contains("charter:diff: " + SPEC + " against the previous release, tag " + RELEASE_TAG);
  }

  @Test
  @Order(6)
  void charterSkipSkipsEveryGoal() throws Exception {
    editSpec(withoutDeletePet(releasedSpec).replace("      description: Returns one pet by its id.\n", ""));
    commit("remove DELETE /pets/{petId}, undocument GET /pets/{petId}");

    // The project's tests use the generated client and the mock, which are skipped too.
    FixtureProject.Build build = project.mvn("skip", "verify", "-Dcharter.skip", "-Dmaven.test.skip=true",
        "-Dcharter.lint.failOn=hint");

    assertThat(build.succeeded()).as(build.toString()).isTrue();
    assertThat(build.log()).contains("charter:lint skipped").contains("charter:generate skipped")
        .contains("charter:mock-start skipped").contains("charter:verify skipped").contains("charter:mock-stop skipped")
        .contains("charter:diff skipped").doesNotContain("charter:diff: ");
  }

  @Test
  @Order(7)
  void lintFindingsAtOrAboveFailOnFailTheBuildAfterWritingTheReports() throws Exception {
    editSpec(releasedSpec.replace("      description: Returns one pet by its id.\n", ""));
    Files.deleteIfExists(project.file("target/charter/lint.sarif"));

    FixtureProject.Build build = project.mvn("lint-fails", "validate", "-Dcharter.lint.failOn=warn");

    assertThat(build.succeeded()).as(build.toString()).isFalse();
    assertThat(build.log()).contains("charter:lint: 1 finding at or above warn")
        .contains(SPEC + ":111:5: warn: Operation \"description\" must be present and non-empty string. [operation-description]");
    JsonNode sarif = new ObjectMapper().readTree(project.file("target/charter/lint.sarif").toFile());
    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    JsonNode results = sarif.path("runs").path(0).path("results");
    assertThat(results).hasSize(1);
    assertThat(results.path(0).path("ruleId").asText()).isEqualTo("operation-description");
    JsonNode json = new ObjectMapper().readTree(project.file("target/charter/lint.json").toFile());
    assertThat(json.toString()).contains("operation-description");
  }

  @Test
  @Order(8)
  void settingsComeFromCharterYamlUnlessThePomSetsThem() throws Exception {
    editSpec(releasedSpec.replace("      description: Returns one pet by its id.\n", ""));
    Files.writeString(project.file("charter.yaml"), "lint:\n  fail-on: warn\n");

    FixtureProject.Build fromFile = project.mvn("charter-yaml", "validate");
    FixtureProject.Build fromPom = project.mvn("charter-yaml-overridden", "validate", "-Dcharter.lint.failOn=error");

    assertThat(fromFile.succeeded()).as(fromFile.toString()).isFalse();
    assertThat(fromFile.log()).contains("charter:lint: 1 finding at or above warn");
    assertThat(fromPom.succeeded()).as(fromPom.toString()).isTrue();
  }

  @Test
  @Order(9)
  void aBuildThatFailsWhileTheMockRunsStopsIt() throws Exception {
    editSpec(releasedSpec.replace("      description: Returns one pet by its id.\n", ""));

    FixtureProject.Build build = project.mvn("mock-then-failure", PLUGIN + ":mock-start", PLUGIN + ":lint",
        "-Dcharter.lint.failOn=warn");

    assertThat(build.succeeded()).as(build.toString()).isFalse();
    assertThat(build.log()).containsPattern("charter:mock-start: stopped the mock at http://127\\.0\\.0\\.1:\\d+ "
        + "\\(default-cli, 0 requests answered\\): the build of petstore failed before charter:mock-stop");
  }

  @Test
  @Order(10)
  void verifyFailsTheBuildWhenTheServerBreaksTheContract() throws Exception {
    HttpServer broken = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    broken.createContext("/", exchange -> {
      exchange.sendResponseHeaders(500, -1);
      exchange.close();
    });
    broken.start();
    try {
      String url = "http://127.0.0.1:" + broken.getAddress().getPort() + "/v1";

      FixtureProject.Build build = project.mvn("verify-fails", PLUGIN + ":verify", "-Dcharter.verify.server=" + url,
          "-Dcharter.verify.maxCases=0", "-Dcharter.verify.formats=junit");

      assertThat(build.succeeded()).as(build.toString()).isFalse();
      assertThat(build.log()).containsPattern("charter:verify: \\d+ cases against " + Pattern.quote(url)
              + " \\(seed 0\\): 0 passed, \\d+ failed")
          .containsPattern("\\[ERROR\\]   src/main/openapi/petstore\\.yaml:\\d+:\\d+: error: GET /pets .*500.* \\[not-a-server-error\\]")
          .containsPattern("\\[ERROR\\]       reproduce: curl .*/v1/pets");
      assertThat(project.file("target/charter/verify.junit.xml")).content().contains("<failure");
    } finally {
      broken.stop(0);
    }
  }

  /** Runs {@code charter ARGS} in-process, in the project's folder, as a user would in a terminal. */
  private int cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CharterCommand.run(new CliEnvironment(project.dir(), InputStream.nullInputStream(), new PrintWriter(out),
        new PrintWriter(err), Map.of(), false), args);
    assertThat(code).as("charter " + String.join(" ", args) + "\n" + out + err).isBetween(0, 1);
    return code;
  }

  private static String withoutDeletePet(String spec) {
    int start = spec.indexOf("    delete:\n      tags: [pets]");
    int end = spec.indexOf("components:\n");
    assertThat(start).isPositive();
    return spec.substring(0, start) + spec.substring(end);
  }

  private void editSpec(String content) throws Exception {
    Files.writeString(project.file(SPEC), content);
  }

  private void commit(String message) throws Exception {
    git.add().addFilepattern(".").call();
    git.commit().setMessage(message).setAuthor(author()).setCommitter(author()).call();
  }

  private static PersonIdent author() {
    return new PersonIdent("charter tests", "tests@charter.invalid");
  }
}
