package dev.charter.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.codegen.asyncapi.AsyncApiModelGenerator;
import dev.charter.codegen.asyncapi.AsyncModelOptions;
import dev.charter.codegen.openapigenerator.OpenApiGeneratorOptions;
import dev.charter.codegen.openapigenerator.OpenApiGeneratorRun;
import dev.charter.codegen.output.OutputFile;
import dev.charter.codegen.output.OutputFile.Status;
import dev.charter.codegen.testing.Specs;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.spec.SpecDocument;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.config.GlobalSettings;

/** The Generator service end to end: spec checks, OpenAPI Generator's process-wide state, and regeneration. */
class GeneratorTest {
  @TempDir Path dir;
  final Generator generator = new Generator();

  private static OpenApiGeneratorRun java() {
    return new OpenApiGeneratorRun(OpenApiGeneratorOptions.of("java"));
  }

  @Test
  void openApiGeneratorIsQuietLeavesNoGlobalStateAndRegeneratesSafely() throws Exception {
    SpecDocument petstore = Specs.load(Specs.petstore());
    Path out = dir.resolve("client");
    PrintStream realOut = System.out;
    PrintStream realErr = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    GenerationResult first;
    try {
      first = generator.generate(new GenerationRequest(petstore, java(), out));
    } finally {
      System.setOut(realOut);
      System.setErr(realErr);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).as("banner or log lines").isEmpty();
    assertThat(System.out).isSameAs(realOut);
    assertThat(GlobalSettings.getProperty("quiet")).isEqualTo(System.getProperty("quiet"));
    assertThat(first.files()).extracting(OutputFile::status).containsOnly(Status.CREATE);
    assertThat(out.resolve("src/main/java/org/openapitools/client/api/PetsApi.java")).exists();
    assertThat(out.resolve(".openapi-generator-ignore")).exists();

    // The user keeps their own README and narrows the ignore file; everything else regenerates unchanged.
    Files.writeString(out.resolve(".openapi-generator-ignore"), "README.md\n");
    Files.writeString(out.resolve("README.md"), "# my client\n");
    GenerationResult second = generator.generate(new GenerationRequest(petstore, java(), out));
    assertThat(second.files()).filteredOn(f -> f.path().value().equals("README.md"))
        .extracting(OutputFile::status).containsExactly(Status.IGNORED);
    assertThat(second.files()).filteredOn(f -> !f.path().value().equals("README.md"))
        .extracting(OutputFile::status).containsOnly(Status.UNCHANGED);
    assertThat(out.resolve("README.md")).hasContent("# my client");
    assertThat(out.resolve(".openapi-generator-ignore")).hasContent("README.md");

    // A dry run with a changed option lists what would change and writes nothing.
    Path pets = out.resolve("src/main/java/org/openapitools/client/api/PetsApi.java");
    String before = Files.readString(pets);
    GenerationResult dry = generator.generate(new GenerationRequest(petstore,
        new OpenApiGeneratorRun(OpenApiGeneratorOptions.of("java").withAdditionalProperty("hideGenerationTimestamp", "false")),
        out, new WriteOptions(true, false), true));
    assertThat(dry.written()).isFalse();
    assertThat(dry.count(Status.UPDATE)).isGreaterThan(0);
    assertThat(pets).hasContent(before);
  }

  @Test
  void anUnknownGeneratorSuggestsCloseNames() {
    assertThatThrownBy(() -> generator.generate(new GenerationRequest(Specs.load(Specs.petstore()),
        new OpenApiGeneratorRun(OpenApiGeneratorOptions.of("sprnig")), dir.resolve("x"))))
        .isInstanceOfSatisfying(GenerationException.class, e -> assertThat(e.problems()).singleElement()
            .extracting(Diagnostic::message).asString()
            .contains("no generator 'sprnig'").contains("did you mean spring"));
    assertThat(dir.resolve("x")).doesNotExist();
    // 'nosuch' contains the generator name 'c': that is no suggestion
    assertThatThrownBy(() -> generator.generate(new GenerationRequest(Specs.load(Specs.petstore()),
        new OpenApiGeneratorRun(OpenApiGeneratorOptions.of("nosuch")), dir.resolve("x"))))
        .isInstanceOfSatisfying(GenerationException.class, e -> assertThat(e.problems()).singleElement()
            .extracting(Diagnostic::message).asString()
            .contains("no generator 'nosuch'").doesNotContain("did you mean").contains("charter generate list shows all"));
    assertThatThrownBy(() -> generator.generate(new GenerationRequest(Specs.load(Specs.petstore()),
        new OpenApiGeneratorRun(OpenApiGeneratorOptions.of("")), dir.resolve("x"))))
        .isInstanceOfSatisfying(GenerationException.class, e -> assertThat(e.problems()).singleElement()
            .extracting(Diagnostic::message).asString().doesNotContain("did you mean"));
  }

  @Test
  void anUnknownLibraryListsTheGeneratorsLibraries() {
    assertThatThrownBy(() -> generator.generate(new GenerationRequest(Specs.load(Specs.petstore()),
        new OpenApiGeneratorRun(OpenApiGeneratorOptions.of("java").withLibrary("nope")), dir.resolve("x"))))
        .isInstanceOfSatisfying(GenerationException.class, e -> assertThat(e.problems().get(0).message())
            .contains("no library 'nope'").contains("native").contains("webclient"));
  }

  @Test
  void anInvalidSpecIsRefusedWithPositionsBeforeAnythingRuns() throws Exception {
    Path spec = dir.resolve("bad.yaml");
    Files.writeString(spec, "openapi: 3.0.3\ninfo:\n  title: x\npaths:\n  /a:\n    get:\n      responses: {}\n");
    assertThatThrownBy(() -> generator.generate(new GenerationRequest(Specs.load(spec), java(), dir.resolve("x"))))
        .isInstanceOfSatisfying(GenerationException.class, e -> {
          assertThat(e.problems()).anySatisfy(d -> {
            assertThat(d.location().line()).isEqualTo(2);
            assertThat(d.message()).contains("version");
          });
          assertThat(e.problems()).last().extracting(Diagnostic::message).asString().contains("--skip-validate-spec");
        });
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void generatorsSayWhichSpecsTheyRead() throws Exception {
    SpecDocument asyncapi = Specs.load(Specs.corpus("asyncapi/2.6/simple.yml"));
    assertThatThrownBy(() -> generator.generate(new GenerationRequest(asyncapi, java(), dir.resolve("x"))))
        .isInstanceOf(GenerationException.class).hasMessageContaining("reads Swagger 2.0 and OpenAPI 3.0/3.1, not AsyncAPI 2.6");
    assertThatThrownBy(() -> generator.generate(new GenerationRequest(Specs.load(Specs.petstore()),
        new AsyncApiModelGenerator(AsyncModelOptions.defaults()), dir.resolve("x"))))
        .isInstanceOf(GenerationException.class).hasMessageContaining("reads AsyncAPI 2.x and 3.x, not OpenAPI 3.0");
  }

  @Test
  void aConflictNamesTheFileAndWritesNothing() throws Exception {
    Path out = Files.createDirectories(dir.resolve("models"));
    Files.writeString(out.resolve("pom.xml"), "<project>mine</project>");
    SpecDocument spec = Specs.load(Specs.corpus("asyncapi/2.6/simple.yml"));
    assertThatThrownBy(() -> generator.generate(new GenerationRequest(spec,
        new AsyncApiModelGenerator(AsyncModelOptions.defaults()), out)))
        .isInstanceOfSatisfying(GenerationException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(d -> {
              assertThat(d.message()).startsWith("pom.xml exists and was not written by charter").contains("--force");
              assertThat(d.location().file()).endsWith("pom.xml");
            }));
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).containsExactly(out.resolve("pom.xml"));
    }
    assertThat(out.resolve("pom.xml")).hasContent("<project>mine</project>");
  }
}
