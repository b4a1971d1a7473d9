package dev.charter.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.core.model.AsyncApiModel;
import dev.charter.core.model.HttpMethod;
import dev.charter.core.model.OpenApiModel;
import dev.charter.core.model.SchemaView;
import dev.charter.core.spec.LoadOptions;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecLoader;
import dev.charter.core.validate.InstanceValidator.Direction;
import dev.charter.core.validate.InstanceValidator.Violation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InstanceValidatorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DIR = Path.of("src/test/resources/instance").toAbsolutePath();

  private static SpecDocument oas30;
  private static OpenApiModel model30;
  private static InstanceValidator validator30;

  @BeforeAll
  static void load() throws Exception {
    oas30 = load("openapi30.yaml");
    model30 = OpenApiModel.of(oas30);
    validator30 = new InstanceValidator(oas30);
  }

  static SpecDocument load(String name) throws Exception {
    return new SpecLoader(LoadOptions.defaults().withWorkingDir(DIR)).load(DIR.resolve(name));
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  private static List<Violation> check30(String schema, String instance, Direction direction) {
    return validator30.validate(model30.schemas().get(schema), json(instance), direction);
  }

  private static List<String> messages(List<Violation> vs) {
    return vs.stream().map(v -> v.instancePointer() + " " + v.message()).toList();
  }

  @Test
  void aValidValueHasNoViolations() {
    assertThat(check30("Pet", "{'name':'Rex','password':'pw','tag':null,'born':'2024-01-31T12:00:00Z',"
        + "'owner':'a@example.com','chip':'3fa85f64-5717-4562-b3fc-2c963f66afa6','weight':0.5,'age':3,"
        + "'code':'ABC-1234','colour':'anything at all','status':null,'related':null,'parent':{'value':1}}",
        Direction.REQUEST)).isEmpty();
  }

  @Test
  void violationsNameTheMemberTheKeywordAndTheSpecPosition() {
    List<Violation> vs = check30("Pet", "{'name':'R','password':'pw','age':'three','extra':1}", Direction.REQUEST);
    assertThat(messages(vs)).containsExactlyInAnyOrder(
        "/name 'name' must be at least 2 characters long",
        "/age 'age' must be an integer, found a string",
        "/extra property 'extra' is not allowed (allowed: name, password, tag, born, owner, chip, weight, age, code, "
            + "colour, status, related, parent)");
    Violation minLength = vs.stream().filter(v -> v.keyword().equals("minLength")).findFirst().orElseThrow();
    assertThat(minLength.schemaLocation().file()).endsWith("openapi30.yaml");
    assertThat(minLength.schemaLocation().pointer()).isEqualTo("/components/schemas/Pet/properties/name/minLength");
    assertThat(minLength.schemaLocation().line()).isEqualTo(16);
  }

  @Test
  void readOnlyIsNotRequiredInRequestsAndMayNotBeSent() {
    assertThat(check30("Pet", "{'name':'Rex','password':'pw'}", Direction.REQUEST)).isEmpty();
    assertThat(messages(check30("Pet", "{'id':1,'name':'Rex','password':'pw'}", Direction.REQUEST)))
        .containsExactly("/id property 'id' is read-only and must not be sent in a request");
    assertThat(messages(check30("Pet", "{'id':1,'name':'Rex','password':'pw'}", Direction.RESPONSE)))
        .containsExactly("/password property 'password' is write-only and must not be sent in a response");
    assertThat(check30("Pet", "{'id':1,'name':'Rex'}", Direction.RESPONSE)).isEmpty();
    assertThat(messages(check30("Pet", "{'name':'Rex'}", Direction.ANY)))
        .containsExactlyInAnyOrder(" missing required property 'id'", " missing required property 'password'");
  }

  @Test
  void nullableInEveryForm() {
    assertThat(check30("Pet", "{'name':'Rex','password':'p','tag':null,'status':null,'related':null}",
        Direction.REQUEST)).isEmpty();
    List<Violation> vs = check30("Pet", "{'name':'Rex','password':'p','status':'lost','related':{'value':'x'}}",
        Direction.REQUEST);
    assertThat(messages(vs)).containsExactlyInAnyOrder(
        "/status 'status' must be one of available, sold, null",
        "/related/value 'value' must be an integer, found a string");
    // the wrapper that admits null is invisible in positions
    Violation nested = vs.stream().filter(v -> v.instancePointer().equals("/related/value")).findFirst().orElseThrow();
    assertThat(nested.schemaLocation().pointer()).isEqualTo("/components/schemas/Node/properties/value/type");
    assertThat(messages(check30("Pet", "{'name':null,'password':'p'}", Direction.REQUEST)))
        .containsExactly("/name 'name' must be a string, found null");
  }

  @Test
  void boundsFormatsAndPatterns() {
    assertThat(messages(check30("Pet", "{'name':'Rex','password':'p','weight':0,'age':3000000000,"
        + "'born':'yesterday','owner':'nobody','chip':'123','code':'abc'}", Direction.REQUEST)))
        .containsExactlyInAnyOrder(
            "/weight 'weight' must be greater than 0",
            "/age 'age' must be a whole number that fits in 32 bits",
            "/born 'born' must be an RFC 3339 date-time (such as 2024-01-31T12:00:00Z)",
            "/owner 'owner' must be an email address",
            "/chip 'chip' must be a UUID (such as 3fa85f64-5717-4562-b3fc-2c963f66afa6)",
            "/code 'code' does not match the pattern ^[A-Z]{3}-[0-9]{4}$");
  }

  @Test
  void recursiveSchemasAreFollowed() {
    assertThat(messages(check30("Node", "{'value':1,'next':{'value':2,'next':{'next':{'value':true}}}}",
        Direction.ANY))).containsExactlyInAnyOrder(
            "/next/next missing required property 'value'",
            "/next/next/next/value 'value' must be an integer, found a boolean");
  }

  @Test
  void theDiscriminatorSelectsTheAlternative() {
    // fits both Cat and Dog (neither forbids other members): the discriminator decides
    assertThat(check30("Animal", "{'kind':'kitty','hunts':true,'barks':1}", Direction.ANY)).isEmpty();
    assertThat(messages(check30("Animal", "{'kind':'dog','barks':-1}", Direction.ANY)))
        .containsExactly("/barks 'barks' must be at least 0");
    // schema names apply beside the mapping
    assertThat(check30("Animal", "{'kind':'Dog','barks':1}", Direction.ANY)).isEmpty();
    assertThat(messages(check30("Animal", "{'kind':'bird'}", Direction.ANY)))
        .containsExactly("/kind 'kind' must be one of kitty, dog, Cat, Dog");
    assertThat(messages(check30("Animal", "{'hunts':true}", Direction.ANY)))
        .containsExactly(" missing required property 'kind' (it says which of the alternatives applies)");
  }

  @Test
  void oneOfReportsTheAlternativeMeant() {
    assertThat(messages(check30("Shape", "{'type':'square','side':11}", Direction.ANY)))
        .containsExactly("/side 'side' must be at most 10");
    assertThat(messages(check30("Shape", "7", Direction.ANY)))
        .containsExactly(" the value must be an object or a string, found a number");
    assertThat(messages(check30("Shape", "'long'", Direction.ANY)))
        .containsExactly(" the value must be at most 3 characters long");
  }

  @Test
  void referenceSiblingsAreIgnoredInOpenApi30() {
    assertThat(check30("RefSibling", "{'value':1}", Direction.ANY)).isEmpty();
  }

  @Test
  void catastrophicPatternsReturnPromptly() {
    String input = "a".repeat(5000) + "!";
    long start = System.nanoTime();
    List<Violation> hostile = check30("Hostile", "'" + input + "'", Direction.ANY);
    List<Violation> linear = check30("Linear", "'" + input + "'", Direction.ANY);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(hostile).hasSize(1);
    assertThat(linear).hasSize(1);
  }

  @Test
  void referencesAcrossFilesArePlacedInTheirOwnFile() throws Exception {
    SpecDocument doc = load("multi/root.yaml");
    OpenApiModel model = OpenApiModel.of(doc);
    InstanceValidator v = new InstanceValidator(doc);
    List<Violation> vs = v.validate(model.schemas().get("Order"),
        json("{'item':{'sku':'x1','price':null},'items':[{'sku':'1','price':-1},{}]}"), Direction.ANY);
    assertThat(messages(vs)).containsExactlyInAnyOrder(
        "/item/sku 'sku' does not match the pattern ^[0-9]+$",
        "/items/0/price 'price' must be at least 0",
        "/items/1 missing required property 'sku'");
    Violation pattern = vs.get(0);
    assertThat(pattern.schemaLocation().file()).endsWith("schemas.yaml");
    assertThat(pattern.schemaLocation().pointer()).isEqualTo("/Item/properties/sku/pattern");
    assertThat(pattern.schemaLocation().line()).isEqualTo(7);
  }

  @Test
  void swaggerParametersFormsAndNullable() throws Exception {
    SpecDocument doc = load("swagger.yaml");
    OpenApiModel model = OpenApiModel.of(doc);
    InstanceValidator v = new InstanceValidator(doc);
    SchemaView limit = model.operation(HttpMethod.GET, "/items").orElseThrow().parameters().get(0).schema().orElseThrow();
    assertThat(v.validate(limit, json("99"), Direction.REQUEST)).isEmpty();
    assertThat(messages(v.validate(limit, json("100"), Direction.REQUEST))).containsExactly(" the value must be less than 100");
    assertThat(messages(v.validate(limit, json("0"), Direction.REQUEST))).containsExactly(" the value must be at least 1");
    assertThat(v.validate(model.schemas().get("Item"), json("{'name':'a','note':null}"), Direction.RESPONSE)).isEmpty();
    SchemaView form = model.operation(HttpMethod.POST, "/items").orElseThrow().requestBody().orElseThrow()
        .content().get(0).schema().orElseThrow();
    List<Violation> vs = v.validate(form, json("{'count':9}"), Direction.REQUEST);
    assertThat(messages(vs)).containsExactlyInAnyOrder(" missing required property 'name'", "/count 'count' must be at most 5");
    assertThat(vs.get(0).schemaLocation().file()).endsWith("swagger.yaml");
    assertThat(vs.get(0).schemaLocation().line()).isPositive();
  }

  @Test
  void openApi31TypeArraysConstTuplesAndReferenceSiblings() throws Exception {
    SpecDocument doc = load("openapi31.yaml");
    OpenApiModel model = OpenApiModel.of(doc);
    InstanceValidator v = new InstanceValidator(doc);
    SchemaView thing = model.schemas().get("Thing");
    assertThat(v.validate(thing, json("{'label':null,'kind':'thing','pair':['a',1],'limited':5}"), Direction.ANY)).isEmpty();
    assertThat(messages(v.validate(thing, json("{'label':1,'kind':'other','pair':['a','b',3],'limited':6}"), Direction.ANY)))
        .containsExactlyInAnyOrder(
            "/label 'label' must be a string or null, found a number",
            "/kind 'kind' must be thing",
            "/pair/1 'pair[1]' must be an integer, found a string",
            "/pair/2 'pair[2]' is not allowed here",
            "/limited 'limited' must be at most 5");
  }

  @Test
  void asyncApiDraft7TuplesAndDependencies() throws Exception {
    SpecDocument doc = load("asyncapi.yaml");
    AsyncApiModel model = AsyncApiModel.of(doc);
    InstanceValidator v = new InstanceValidator(doc);
    SchemaView reading = model.schemas().get("Reading");
    assertThat(v.validate(reading, json("{'point':[1,2],'unit':'m','scale':2}"), Direction.ANY)).isEmpty();
    assertThat(messages(v.validate(reading, json("{'point':[1,'x',3],'scale':2}"), Direction.ANY)))
        .containsExactlyInAnyOrder(
            "/point/1 'point[1]' must be a number, found a string",
            "/point/2 'point[2]' is not allowed here",
            " missing required property 'unit' (required when 'scale' is present)");
  }

  @Test
  void compiledOnceAndSafeToShareBetweenThreads() throws Exception {
    SchemaView pet = model30.schemas().get("Pet");
    assertThat(validator30.compile(pet, Direction.REQUEST)).isSameAs(validator30.compile(pet, Direction.REQUEST));
    assertThat(validator30.compile(pet, Direction.REQUEST)).isNotSameAs(validator30.compile(pet, Direction.RESPONSE));
    InstanceValidator fresh = new InstanceValidator(oas30);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(pool.submit(() -> messages(fresh.validate(pet, json("{'name':1}"), Direction.REQUEST))));
      }
      List<String> first = results.get(0).get();
      for (Future<List<String>> f : results) {
        assertThat(f.get()).isEqualTo(first);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
