package dev.charter.codegen.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.codegen.GenerationRequest;
import dev.charter.codegen.GenerationResult;
import dev.charter.codegen.Generator;
import dev.charter.codegen.WriteOptions;
import dev.charter.codegen.testing.InProcessCompiler;
import dev.charter.codegen.testing.Specs;
import dev.charter.core.spec.SpecDocument;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code asyncapi/models-features.yaml}: every mapping (nested and $ref'd objects, enums, oneOf with
 * declared, implicit and deduced discriminators, anyOf, additionalProperties, date-times, channel
 * parameters, request/reply) with names that try to break the code. Generated once per style,
 * both compiled in one javac run, examples round-tripped for both.
 */
class AsyncApiModelsTest {
  @TempDir static Path dir;
  static SpecDocument spec;
  static ModelSet records;
  static ModelSet classes;
  static InProcessCompiler.Result compiled;

  @BeforeAll
  static void generateAndCompile() throws Exception {
    spec = Specs.load(Specs.fixture("asyncapi/models-features.yaml"));
    List<Path> roots = new ArrayList<>();
    AsyncModelOptions recordOptions = AsyncModelOptions.defaults().withPackage("features.records");
    AsyncModelOptions classOptions = AsyncModelOptions.defaults().withPackage("features.classes")
        .withStyle(AsyncModelOptions.Style.CLASSES);
    for (AsyncModelOptions o : List.of(recordOptions, classOptions)) {
      Path out = dir.resolve(o.packageName());
      GenerationResult r = new Generator().generate(new GenerationRequest(spec, new AsyncApiModelGenerator(o), out,
          WriteOptions.DEFAULT, true));
      assertThat(r.written()).isTrue();
      roots.add(out.resolve("src/main/java"));
    }
    records = new AsyncApiModelGenerator(recordOptions).model(spec);
    classes = new AsyncApiModelGenerator(classOptions).model(spec);
    compiled = InProcessCompiler.compile(roots, dir.resolve("classes"));
  }

  private static String source(String pkg, String type) throws Exception {
    return Files.readString(dir.resolve(pkg).resolve("src/main/java/" + pkg.replace('.', '/') + "/" + type + ".java"));
  }

  @Test
  void bothStylesCompile() {
    assertThat(compiled.ok()).as(compiled::summary).isTrue();
  }

  @Test
  void examplesRoundTripInBothStyles() throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {compiled.classes().toUri().toURL()},
        getClass().getClassLoader())) {
      RoundTrip roundTrip = new RoundTrip(loader);
      List<RoundTrip.Outcome> outcomes = new ArrayList<>();
      for (ModelSet set : List.of(records, classes)) {
        outcomes.addAll(roundTrip.check("features", set));
        outcomes.addAll(roundTrip.checkSamples("features", set, dev.charter.core.model.AsyncApiModel.of(spec)));
      }
      assertThat(outcomes).hasSizeGreaterThan(20);
      assertThat(outcomes).filteredOn(o -> o.problem().isPresent()).isEmpty();
    }
  }

  @Test
  void namesFromTheSpecBecomeIdentifiersAndKeepTheirJsonNames() throws Exception {
    String user = source("features.records", "User");
    assertThat(user)
        .contains("@JsonProperty(value = \"id\", required = true) Long id")
        .contains("@JsonProperty(\"class\") String class_")
        .contains("@JsonProperty(\"*/\") String property")
        .contains("@JsonProperty(\"a\\\"b\") String aB")
        .contains("@JsonProperty(\"a\\\\b\") String aB2")
        .contains("@JsonProperty(\"name\") String name")
        .contains("@JsonProperty(\"Name\") String name2")
        .containsPattern("String averyveryverylongname\\w{50,}_[0-9a-f]{8}\\)")
        .contains("OffsetDateTime createdAt")
        .contains("LocalDate birthday")
        .contains("BigDecimal score")
        .contains("Map<String, String> attributes")
        .doesNotContain("\\u002a");
    assertThat(user).as("spec text in Javadoc cannot end the comment or hide a unicode escape")
        .contains("A user. &#42;&#47; Has \"quotes\" and &#92; backslashes.");
    // a schema named String or Record must not shadow java.lang
    assertThat(dir.resolve("features.records/src/main/java/features/records/StringModel.java")).exists();
    assertThat(dir.resolve("features.records/src/main/java/features/records/RecordModel.java")).exists();
    String status = source("features.records", "User");
    assertThat(status).contains("enum Status").contains("BACK_SLASH(\"back\\\\slash\")").contains("UBER(\"ÜBER\")")
        .contains("UBER2(\"über\")").contains("VALUE(\"*/\")").contains("VALUE2(\"\")").contains("_1ST(\"1st\")");
  }

  @Test
  void oneOfBecomesASealedInterfaceWithTheRightTypeHandling() throws Exception {
    assertThat(source("features.records", "Shape"))
        .contains("public sealed interface Shape permits Circle, Square")
        .contains("property = \"kind\"")
        .contains("@JsonSubTypes.Type(value = Circle.class, name = \"Circle\")");
    assertThat(source("features.records", "Drawing"))
        .contains("sealed interface Drawing permits Drawing.Line, Drawing.Dot")
        .contains("property = \"type\"")
        .contains("name = \"line\"");
    assertThat(source("features.records", "Mixed")).contains("JsonTypeInfo.Id.DEDUCTION");
    assertThat(source("features.records", "Circle")).contains("implements Shape");
  }

  @Test
  void operationsBecomeInterfacesWithAddressesAndReplies() throws Exception {
    String publish = source("features.records", "PublishUserEvents");
    assertThat(publish)
        .contains("static String address(String userId, String class_)")
        .contains("return \"users/\" + userId + \"/events/\" + class_;")
        .contains("void sendUserSignedUp(String userId, String class_, User payload, UserSignedUpHeaders headers);")
        .contains("void sendShapeDrawn(String userId, String class_, ShapeDrawnPayload payload);");
    assertThat(source("features.records", "OnUserEvents")).contains("void onUserSignedUp(");
    assertThat(source("features.records", "PingPong")).contains("CompletionStage<PongPayload> sendPing(String payload);")
        .contains("String ADDRESS = \"ping\";");
    assertThat(source("features.records", "AnswerPing")).contains("PongPayload onPing(String payload);");
  }

  @Test
  void headersOfMessageTraitsAreMergedWithTheMessagesOwn() throws Exception {
    assertThat(source("features.records", "UserSignedUpHeaders"))
        .contains("@JsonProperty(\"correlation-id\")").contains("@JsonProperty(\"traceparent\") String traceparent");
  }

  @Test
  void thePomIsWellFormedAndHasJsr310OnlyWhenNeeded() throws Exception {
    Path pom = dir.resolve("features.records/pom.xml");
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    assertThat(Files.readString(pom)).contains("<artifactId>jackson-datatype-jsr310</artifactId>")
        .contains("<maven.compiler.release>17</maven.compiler.release>")
        .contains("<artifactId>features-and-hostile-names-models</artifactId>");
  }
}
