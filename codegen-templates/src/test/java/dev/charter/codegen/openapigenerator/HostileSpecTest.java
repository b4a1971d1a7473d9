package dev.charter.codegen.openapigenerator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.codegen.GenerationException;
import dev.charter.codegen.GenerationRequest;
import dev.charter.codegen.Generator;
import dev.charter.codegen.WriteOptions;
import dev.charter.codegen.testing.InProcessCompiler;
import dev.charter.codegen.testing.Specs;
import dev.charter.core.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Specs written to break generated code or escape the output folder (fixtures under {@code
 * hostile/}): what OpenAPI Generator gets wrong, charter renames or adjusts before it runs, so the
 * client and the server compile; what cannot be changed without changing the API is refused with
 * its position. Nothing is ever written outside the output folder.
 */
class HostileSpecTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource({
      "hostile/hostile-names.yaml, java",
      "hostile/hostile-names.yaml, spring",
      "hostile/hostile-definitions-swagger2.yaml, java",
      "hostile/hostile-definitions-swagger2.yaml, spring"})
  void hostileNamesStillCompileAndStayInside(String fixture, String generatorName, @TempDir Path sandbox) throws Exception {
    Path out = sandbox.resolve("out");
    var result = new Generator().generate(new GenerationRequest(Specs.load(Specs.fixture(fixture)),
        new OpenApiGeneratorRun(OpenApiGeneratorOptions.of(generatorName)), out, WriteOptions.DEFAULT, true));
    if (fixture.contains("hostile-names")) {
      assertThat(result.notes()).anySatisfy(n -> assertThat(n.message())
          .contains("x-class-extra-annotation, x-field-extra-annotation, x-implements, x-java-import"));
      try (Stream<Path> files = Files.walk(out.resolve("src/main/java"))) {
        assertThat(files.filter(Files::isRegularFile).map(HostileSpecTest::read))
            .noneMatch(t -> t.contains("System.exit")).noneMatch(t -> t.contains("evil.pkg"))
            .anyMatch(t -> t.contains("\"x-class-extra-annotation\""));
      }
    }

    try (Stream<Path> inSandbox = Files.list(sandbox)) {
      assertThat(inSandbox).containsExactly(out);
    }
    for (String escape : List.of("/tmp/evil", "/tmp/evil-tag", "/tmp/evil.java", "/etc/passwd.java")) {
      assertThat(Path.of(escape)).doesNotExist();
    }
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.filter(Files::isRegularFile)).allSatisfy(p -> assertThat(p.normalize()).startsWith(out));
    }
    InProcessCompiler.Result compiled = InProcessCompiler.compile(List.of(out.resolve("src/main/java")),
        sandbox.resolveSibling(sandbox.getFileName() + "-classes"));
    assertThat(compiled.ok()).as(compiled::summary).isTrue();
    // A title with <script> and quotes must not break the build file either.
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("pom.xml").toFile());
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"java", "spring"})
  void wireNamesThatCannotBeEscapedAreRefusedWithPositions(String generatorName, @TempDir Path dir) {
    Path out = dir.resolve("out");
    assertThatThrownBy(() -> new Generator().generate(new GenerationRequest(
        Specs.load(Specs.fixture("hostile/hostile-wire-names.yaml")),
        new OpenApiGeneratorRun(OpenApiGeneratorOptions.of(generatorName)), out, WriteOptions.DEFAULT, true)))
        .isInstanceOfSatisfying(GenerationException.class, e -> {
          assertThat(e.problems()).extracting(d -> d.location().line() + " " + d.id()).containsExactlyInAnyOrder(
              "13 generate-unsafe-wire-name",
              "18 generate-unsafe-default",
              "21 generate-unsafe-default",
              "26 generate-unsafe-wire-name",
              "36 generate-unsafe-wire-name",
              "40 generate-unsafe-wire-name");
          assertThat(e.problems()).map(Diagnostic::oneLine).allMatch(l -> l.contains("hostile-wire-names.yaml:"));
        });
    assertThat(out).doesNotExist();
  }
}
