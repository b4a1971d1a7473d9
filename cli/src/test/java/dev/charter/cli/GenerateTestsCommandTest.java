package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charter generate tests} from the command line (the tests' behaviour is tested in codegen-templates). */
class GenerateTestsCommandTest {
  private static final Path PETSTORE = Path.of("..", "examples", "petstore.yaml").toAbsolutePath().normalize();

  @TempDir Path dir;

  private Map<String, String> files(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/.charter/")).toList()) {
        out.put(root.relativize(p).toString(), Files.readString(p));
      }
    }
    return out;
  }

  @Test
  void writesAMavenProjectWithATestClassPerOperation() throws IOException {
    CliRun run = CliRun.in(dir, "generate", "tests", PETSTORE.toString(), "-o", "petstore-tests", "--package",
        "com.example.petstore");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).startsWith("charter: generated into petstore-tests (");
    Map<String, String> files = files(dir.resolve("petstore-tests"));
    String pkg = "src/test/java/com/example/petstore/";
    assertThat(files).containsKeys("pom.xml", "README.md", "src/test/resources/charter/petstore.yaml",
        pkg + "ListPetsTest.java", pkg + "CreatePetTest.java", pkg + "GetPetTest.java", pkg + "DeletePetTest.java",
        pkg + "support/ApiContract.java", pkg + "support/ContractClient.java");
    assertThat(files.get(pkg + "support/Checks.java")).startsWith("package com.example.petstore.support;");
    assertThat(files.get(pkg + "GetPetTest.java")).contains("ApiRequest.to(\"GET\", \"/pets/").contains("checks.body();");
    assertThat(files.get("README.md")).contains("mvn test -Dcharter.baseUrl=http://localhost:8080");
  }

  @Test
  void theSameSeedWritesTheSameTestsAndAnotherSeedOthers() throws IOException {
    assertThat(CliRun.in(dir, "generate", "tests", PETSTORE.toString(), "-o", "a", "--seed", "5").exitCode()).isZero();
    assertThat(CliRun.in(dir, "generate", "tests", PETSTORE.toString(), "-o", "b", "--seed", "5").exitCode()).isZero();
    assertThat(CliRun.in(dir, "generate", "tests", PETSTORE.toString(), "-o", "c", "--seed", "6").exitCode()).isZero();
    assertThat(files(dir.resolve("a"))).isEqualTo(files(dir.resolve("b"))).isNotEqualTo(files(dir.resolve("c")));
  }

  @Test
  void badOptionsAreOneLineAndExitCodeTwo() {
    CliRun badPackage = CliRun.in(dir, "generate", "tests", PETSTORE.toString(), "-o", "out", "--package", "com.1bad");
    assertThat(badPackage.exitCode()).isEqualTo(2);
    assertThat(badPackage.errLines()).containsExactly("charter generate tests: error: --package: 'com.1bad' is not a Java "
        + "package name (dot-separated ASCII identifiers, no keywords) [usage-error]");
    assertThat(dir.resolve("out")).doesNotExist();

    CliRun asyncapi = CliRun.in(dir, "generate", "tests", write("events.yaml",
        "asyncapi: 2.6.0\ninfo: {title: x, version: '1'}\nchannels: {}\n").toString(), "-o", "out");
    assertThat(asyncapi.exitCode()).isEqualTo(2);
    assertThat(asyncapi.err()).contains("JUnit 5 contract tests reads OpenAPI 2.0, 3.0 and 3.1, not AsyncAPI");
  }

  private Path write(String name, String content) {
    try {
      return Files.writeString(dir.resolve(name), content);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
