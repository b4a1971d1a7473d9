package dev.charter.core.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.model.ApiModel;
import dev.charter.core.model.AsyncApiModel;
import dev.charter.core.model.OpenApiModel;
import dev.charter.core.model.SchemaDialect;
import dev.charter.core.model.SchemaView;
import dev.charter.core.sample.SampleGenerator.Direction;
import dev.charter.core.sample.SampleGenerator.Options;
import dev.charter.core.source.RefPolicy;
import dev.charter.core.spec.LoadOptions;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecFinder;
import dev.charter.core.spec.SpecLoadException;
import dev.charter.core.spec.SpecLoader;
import dev.charter.core.validate.InstanceValidator;
import dev.charter.core.validate.InstanceValidator.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every value the sample generator makes for a named schema of the corpus specs is valid against
 * that schema, as {@link InstanceValidator} reads it: static values and a few random seeds, for
 * requests and for responses. Spec examples are not used (an example that breaks its own schema
 * is the spec's problem, found by lint). The number of schemas per spec is capped to keep the
 * run short; the cap takes schemas spread over the whole spec.
 */
class SampleValidityCorpusTest {
  private static final int PER_SPEC = 500;
  /**
   * A oneOf whose alternatives overlap rejects a value of one alternative that is a value of
   * another too: box's EventSourceResource (GenericSource accepts any object, so every User is a
   * GenericSource), a string alternative beside an enum of strings (openai), integer beside number,
   * a oneOf of {@code required} lists on an array (both hold vacuously). The generator builds a
   * value for one alternative and does not try to avoid the others, so "matches more than one of
   * the alternatives" is the spec's overlap, not a wrong value; it is counted, not failed.
   */
  private static final String AMBIGUOUS = "matches more than one of the alternatives";
  private static final long[] SEEDS = {1, 7, 42};

  private static Path corpus() {
    String p = System.getProperty("charter.corpus");
    assumeTrue(p != null && Files.isDirectory(Path.of(p)), "corpus not available");
    return Path.of(p).toAbsolutePath().normalize();
  }

  @Test
  void generatedSamplesValidateAgainstTheirSchemas() throws Exception {
    Path corpus = corpus();
    SpecLoader loader = new SpecLoader(LoadOptions.defaults().withWorkingDir(corpus)
        .withRefPolicy(RefPolicy.DEFAULT.withRoot(corpus)));
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Path p : SpecFinder.find(corpus)) {
      if (p.toString().contains("/evolution/")) {
        continue;
      }
      SpecDocument doc;
      try {
        doc = loader.load(p);
      } catch (SpecLoadException e) {
        continue;
      }
      ApiModel model = ApiModel.of(doc);
      Map<String, SchemaView> schemas = model instanceof OpenApiModel m ? m.schemas() : ((AsyncApiModel) model).schemas();
      InstanceValidator validator = new InstanceValidator(doc);
      List<Map.Entry<String, SchemaView>> entries = new ArrayList<>(schemas.entrySet());
      int step = Math.max(1, entries.size() / PER_SPEC);
      for (int i = 0; i < entries.size(); i += step) {
        SchemaView schema = entries.get(i).getValue();
        if (schema.dialect() == SchemaDialect.UNSUPPORTED) {
          continue;
        }
        String name = corpus.relativize(p) + "#" + entries.get(i).getKey();
        checked++;
        check(failures, validator, schema, name, Options.staticFor(Direction.RESPONSE).withUseExamples(false),
            InstanceValidator.Direction.RESPONSE);
        check(failures, validator, schema, name, Options.staticFor(Direction.REQUEST).withUseExamples(false),
            InstanceValidator.Direction.REQUEST);
        for (long seed : SEEDS) {
          check(failures, validator, schema, name, Options.random(seed, Direction.RESPONSE),
              InstanceValidator.Direction.RESPONSE);
        }
      }
    }
    assertThat(checked).as("schemas checked").isGreaterThan(2000);
    assertThat(failures).isEmpty();
  }

  private static void check(List<String> failures, InstanceValidator validator, SchemaView schema, String name,
      Options options, InstanceValidator.Direction direction) {
    JsonNode sample = new SampleGenerator(options).generate(schema);
    List<Violation> violations = validator.validate(schema, sample, direction).stream()
        .filter(v -> !(v.keyword().equals("oneOf") && v.message().contains(AMBIGUOUS)))
        .toList();
    if (!violations.isEmpty()) {
      String text = sample.toString();
      failures.add(name + " " + options.mode() + "/" + options.seed() + "/" + direction + ": "
          + violations.stream().limit(3).map(v -> v.instancePointer() + " " + v.message()).toList()
          + " in " + (text.length() > 300 ? text.substring(0, 300) + "…" : text));
    }
  }
}
