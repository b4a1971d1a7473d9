package dev.charter.codegen.openapigenerator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.codegen.GenerationRequest;
import dev.charter.codegen.GenerationResult;
import dev.charter.codegen.Generator;
import dev.charter.codegen.WriteOptions;
import dev.charter.codegen.output.OutputFile;
import dev.charter.codegen.testing.InProcessCompiler;
import dev.charter.codegen.testing.Specs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java client (native) and the Spring server (interfaces only) that {@code charter generate
 * client|server} writes with its defaults compile, for Petstore and one corpus spec of each OpenAPI
 * version. Each case is one generator run and one in-process javac run (about 1–3 s).
 */
class OpenApiGeneratorCompileTest {

  static Stream<Arguments> specs() {
    return Stream.of(
        Arguments.of("examples/petstore.yaml (3.0)", "petstore"),
        Arguments.of("nytimes/books_api.yaml (Swagger 2.0)", "openapi/nytimes/books_api.yaml"),
        Arguments.of("twilio_chat_v3.json (3.0, multipart, escaped examples)", "openapi/twilio/twilio_chat_v3.json"),
        Arguments.of("redocly-museum.yaml (3.1, webhooks)", "openapi/redocly-museum.yaml"));
  }

  static Stream<Arguments> cases() {
    return specs().flatMap(a -> Stream.of("java", "spring").map(g -> Arguments.of(a.get()[0], a.get()[1], g)));
  }

  @ParameterizedTest(name = "{2}: {0}")
  @MethodSource("cases")
  void generatedCodeCompiles(String label, String spec, String generatorName, @TempDir Path dir) throws Exception {
    Path specFile = spec.equals("petstore") ? Specs.petstore() : Specs.corpus(spec);
    Path out = dir.resolve("out");
    GenerationResult result = new Generator().generate(new GenerationRequest(Specs.load(specFile),
        new OpenApiGeneratorRun(OpenApiGeneratorOptions.of(generatorName)), out, WriteOptions.DEFAULT, true));

    assertThat(result.written()).isTrue();
    assertThat(result.files()).extracting(OutputFile::status).containsOnly(OutputFile.Status.CREATE);
    assertThat(out.resolve(".charter/generated-files")).isRegularFile();
    // charter's defaults: no skeleton tests, no timestamps
    assertThat(out.resolve("src/test")).doesNotExist();
    try (Stream<Path> files = Files.walk(out.resolve("src/main/java"))) {
      assertThat(files.filter(Files::isRegularFile).map(p -> readQuietly(p)))
          .noneMatch(text -> text.contains("date = \""));
    }
    InProcessCompiler.Result compiled = InProcessCompiler.compile(List.of(out.resolve("src/main/java")), dir.resolve("classes"));
    assertThat(compiled.ok()).as(compiled::summary).isTrue();
    assertThat(compiled.sourceCount()).isGreaterThan(2);
  }

  private static String readQuietly(Path p) {
    try {
      return Files.readString(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
