package dev.charter.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.model.OpenApiModel;
import dev.charter.core.model.SchemaView;
import dev.charter.core.sample.SampleGenerator.Direction;
import dev.charter.core.sample.SampleGenerator.Options;
import dev.charter.core.spec.LoadOptions;
import dev.charter.core.spec.SpecLoader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SampleGeneratorTest {
  private static Map<String, SchemaView> schemas;

  @BeforeAll
  static void load() throws Exception {
    Path dir = Path.of("src/test/resources/sample").toAbsolutePath();
    schemas = OpenApiModel.of(new SpecLoader(LoadOptions.defaults().withWorkingDir(dir)).load(dir.resolve("schemas.yaml"))).schemas();
  }

  private static JsonNode sample(String name, Options options) {
    return new SampleGenerator(options).generate(schemas.get(name));
  }

  @Test
  void staticSamplesAreStableReadableAndValid() {
    JsonNode pet = sample("Pet", Options.staticFor(Direction.RESPONSE));
    assertThat(pet.get("id").asLong()).isEqualTo(1);
    assertThat(pet.get("name").asText()).hasSizeBetween(3, 8);
    assertThat(pet.has("password")).as("writeOnly left out of responses").isFalse();
    assertThat(pet.get("tags")).hasSize(1);
    assertThat(sample("Pet", Options.staticFor(Direction.RESPONSE))).isEqualTo(pet);
    JsonNode request = sample("Pet", Options.staticFor(Direction.REQUEST));
    assertThat(request.has("id")).as("readOnly left out of requests").isFalse();
    assertThat(request.has("password")).isTrue();
  }

  @Test
  void inheritanceSetsTheDiscriminatorToTheSchemaName() {
    JsonNode cat = sample("Cat", Options.staticFor(Direction.RESPONSE));
    assertThat(cat.get("petType").asText()).isEqualTo("Cat");
    assertThat(cat.get("huntingSkill").asText()).isEqualTo("clueless");
    JsonNode choice = sample("Choice", Options.staticFor(Direction.RESPONSE));
    assertThat(choice.get("petType").asText()).isEqualTo("kitty");
  }

  @Test
  void boundsPatternsAndRecursion() {
    JsonNode node = sample("Node", Options.staticFor(Direction.ANY));
    assertThat(node.get("value").decimalValue()).isPositive();
    assertThat(node.get("value").doubleValue() % 0.25).isZero();
    assertThat(sample("Code", Options.staticFor(Direction.ANY)).asText()).matches("^[A-Z]{3}-[0-9]{4}$");
    assertThat(sample("Bounded", Options.staticFor(Direction.ANY)).asInt()).isBetween(10, 11);
    for (long seed = 0; seed < 50; seed++) {
      JsonNode r = sample("Node", Options.random(seed, Direction.ANY));
      assertThat(r.get("value").doubleValue()).isPositive();
      assertThat(sample("Code", Options.random(seed, Direction.ANY)).asText()).matches("^[A-Z]{3}-[0-9]{4}$");
      assertThat(sample("Bounded", Options.random(seed, Direction.ANY)).asInt()).isBetween(10, 11);
      JsonNode pet = sample("Pet", Options.random(seed, Direction.RESPONSE));
      assertThat(pet.get("name").asText()).hasSizeBetween(3, 8);
      if (pet.has("tags")) {
        assertThat(pet.get("tags").size()).isLessThanOrEqualTo(2);
        if (pet.get("tags").size() == 2) {
          assertThat(pet.get("tags").get(0)).isNotEqualTo(pet.get("tags").get(1));
        }
      }
    }
  }

  @Test
  void randomSamplesAreReproducibleBySeed() {
    assertThat(sample("Pet", Options.random(7, Direction.RESPONSE))).isEqualTo(sample("Pet", Options.random(7, Direction.RESPONSE)));
    assertThat(sample("Cat", Options.random(7, Direction.RESPONSE))).isNotEqualTo(sample("Cat", Options.random(8, Direction.RESPONSE)));
  }

  @Test
  void examplesWinWhenAllowed() {
    assertThat(sample("WithExample", Options.staticFor(Direction.ANY)).get("given").asBoolean()).isTrue();
    assertThat(sample("WithExample", Options.staticFor(Direction.ANY).withUseExamples(false)).isObject()).isTrue();
  }
}
