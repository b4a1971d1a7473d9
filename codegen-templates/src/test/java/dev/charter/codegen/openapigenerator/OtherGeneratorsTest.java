package dev.charter.codegen.openapigenerator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.codegen.GenerationRequest;
import dev.charter.codegen.GenerationResult;
import dev.charter.codegen.Generator;
import dev.charter.codegen.WriteOptions;
import dev.charter.codegen.testing.Specs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generators other than Java run too (their output is not compiled here): a sample of languages,
 * on a spec with patterns, which the Python and TypeScript generators turn into examples with an
 * RgxGen API that charter's classpath does not have (see KnownIssueWorkarounds).
 */
class OtherGeneratorsTest {

  @ParameterizedTest
  @ValueSource(strings = {"python", "typescript", "typescript-fetch", "kotlin", "go", "html2"})
  void generatesWithoutError(String generatorName, @TempDir Path dir) throws Exception {
    GenerationResult r = new Generator().generate(new GenerationRequest(Specs.load(Specs.fixture("openapi/patterns.yaml")),
        new OpenApiGeneratorRun(OpenApiGeneratorOptions.of(generatorName)), dir.resolve("out"), WriteOptions.DEFAULT, true));
    assertThat(r.files()).hasSizeGreaterThan(2);
    if (generatorName.equals("python")) {
      assertThat(r.notes()).anySatisfy(n -> assertThat(n.id()).isEqualTo("generate-pattern-examples"));
      try (var files = Files.walk(dir.resolve("out"))) {
        assertThat(files.filter(p -> p.toString().endsWith(".md")).map(OtherGeneratorsTest::read))
            .anyMatch(text -> text.matches("(?s).*'[A-Z]{3}'.*"));
      }
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
