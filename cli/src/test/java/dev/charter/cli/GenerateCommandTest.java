package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charter generate}: the adapters, their output and exit codes, through the real command line. */
class GenerateCommandTest {
  private static final Path PETSTORE = Path.of("..", "examples", "petstore.yaml").toAbsolutePath().normalize();
  private static final String ASYNCAPI = String.join("\n",
      "asyncapi: 2.6.0",
      "info: { title: Lights, version: '1.0' }",
      "channels:",
      "  lights/{id}:",
      "    parameters:",
      "      id: { schema: { type: string } }",
      "    subscribe:",
      "      operationId: lightChanged",
      "      message:",
      "        name: LightChanged",
      "        payload:",
      "          type: object",
      "          properties:",
      "            on: { type: boolean }",
      "            at: { type: string, format: date-time }",
      "");

  @TempDir Path dir;

  private static void assertNoStackTrace(CliRun run) {
    assertThat(run.err()).doesNotContain("\tat ", "Exception");
  }

  @Test
  void generateAloneShowsUsage() {
    CliRun run = CliRun.in(dir, "generate");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Usage: charter generate").contains("client").contains("models").contains("docs");
  }

  @Test
  void aClientIsGeneratedQuietlyWithASummary() throws IOException {
    CliRun run = CliRun.in(dir, "generate", "client", "-i", PETSTORE.toString(), "-o", "sdk");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).singleElement().asString().matches("charter: generated into sdk \\(\\d+ created\\)");
    assertThat(dir.resolve("sdk/src/main/java/org/openapitools/client/api/PetsApi.java")).exists();

    CliRun again = CliRun.in(dir, "generate", "client", PETSTORE.toString(), "-o", "sdk", "--dry-run");
    assertThat(again.exitCode()).isZero();
    assertThat(again.outLines()).allMatch(l -> l.startsWith("unchanged ")).hasSizeGreaterThan(10);
    assertThat(again.err()).contains("dry run, nothing written to sdk");
  }

  @Test
  void filesInTheWayAreNamedAndNothingIsWritten() throws IOException {
    Files.createDirectories(dir.resolve("server"));
    Files.writeString(dir.resolve("server/pom.xml"), "<project>mine</project>");
    CliRun dry = CliRun.in(dir, "generate", "server", "-i", PETSTORE.toString(), "-o", "server", "--dry-run");
    assertThat(dry.exitCode()).isEqualTo(2);
    assertThat(dry.out()).contains("conflict  pom.xml  (exists and was not written by charter)").contains("create    ");
    CliRun run = CliRun.in(dir, "generate", "server", "-i", PETSTORE.toString(), "-o", "server");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("server/pom.xml: error: pom.xml exists and was not written by charter").contains("--force")
        .endsWith("[generate-would-overwrite]");
    try (Stream<Path> s = Files.list(dir.resolve("server"))) {
      assertThat(s).containsExactly(dir.resolve("server/pom.xml"));
    }
    assertThat(CliRun.in(dir, "generate", "server", "-i", PETSTORE.toString(), "-o", "server", "--force").exitCode())
        .isZero();
    assertThat(dir.resolve("server/src/main/java/org/openapitools/api/PetsApi.java")).exists();
  }

  @Test
  void badGeneratorNamesAndKindsAreOneLineErrors() {
    CliRun typo = CliRun.in(dir, "generate", "client", "-g", "jaav", "-i", PETSTORE.toString(), "-o", "x");
    assertThat(typo.exitCode()).isEqualTo(2);
    assertThat(typo.errLines()).singleElement().asString().contains("no generator 'jaav'").contains("did you mean java");
    assertNoStackTrace(typo);
    CliRun kind = CliRun.in(dir, "generate", "client", "-g", "spring", "-i", PETSTORE.toString(), "-o", "x");
    assertThat(kind.exitCode()).isEqualTo(2);
    assertThat(kind.err()).contains("'spring' is a server generator; use charter generate server -g spring");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void specProblemsHavePositions() throws IOException {
    Files.writeString(dir.resolve("bad.yaml"), "openapi: 3.0.3\ninfo:\n  title: x\npaths: {}\n");
    CliRun run = CliRun.in(dir, "generate", "client", "-i", "bad.yaml", "-o", "x");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines().get(0)).startsWith("bad.yaml:2:");
    assertThat(run.errLines()).last().asString().contains("--skip-validate-spec");
    assertNoStackTrace(run);

    Files.writeString(dir.resolve("broken.yaml"), "openapi: 3.0.3\ninfo: [\n");
    CliRun broken = CliRun.in(dir, "generate", "docs", "broken.yaml", "-o", "x");
    assertThat(broken.exitCode()).isEqualTo(2);
    assertThat(broken.errLines()).singleElement().asString().startsWith("broken.yaml:").endsWith("[parse-error]");
  }

  @Test
  void modelsAndDocsForAnAsyncApiDocumentWithSettingsFromTheConfigFile() throws IOException {
    Files.writeString(dir.resolve("lights.yaml"), ASYNCAPI);
    Files.writeString(dir.resolve("charter.yaml"), "generate:\n  package: com.acme.lights\n  model-style: classes\n");
    CliRun models = CliRun.in(dir, "generate", "models", "-i", "lights.yaml", "-o", "models");
    assertThat(models.exitCode()).as(models.err()).isZero();
    Path light = dir.resolve("models/src/main/java/com/acme/lights/LightChangedPayload.java");
    assertThat(Files.readString(light)).contains("public final class LightChangedPayload").contains("OffsetDateTime at");
    assertThat(dir.resolve("models/src/main/java/com/acme/lights/LightChanged.java")).exists();

    CliRun docs = CliRun.in(dir, "generate", "docs", "lights.yaml", "-o", "site", "--file-name", "lights.html");
    assertThat(docs.exitCode()).isZero();
    assertThat(Files.readString(dir.resolve("site/lights.html"))).contains("data-op=\"send lights/{id}\"");

    CliRun wrong = CliRun.in(dir, "generate", "models", "-i", PETSTORE.toString(), "-o", "m2");
    assertThat(wrong.exitCode()).isEqualTo(2);
    assertThat(wrong.err()).contains("reads AsyncAPI 2.x and 3.x, not OpenAPI 3.0");
    CliRun badPackage = CliRun.in(dir, "generate", "models", "-i", "lights.yaml", "-o", "m3", "--package", "a.class.b");
    assertThat(badPackage.exitCode()).isEqualTo(2);
    assertThat(badPackage.err()).contains("keyword");
  }

  @Test
  void theListShowsGeneratorsByTypeAndOneGeneratorsOptions() {
    CliRun list = CliRun.in(dir, "generate", "list");
    assertThat(list.exitCode()).isZero();
    assertThat(list.out()).contains("CLIENT generators:").contains("SERVER generators:").contains("  java\n")
        .contains("  spring\n").contains("  typescript-fetch");
    CliRun spring = CliRun.in(dir, "generate", "list", "-g", "spring");
    assertThat(spring.out()).contains("spring (server").contains("libraries (--library):").contains("interfaceOnly");
  }
}
