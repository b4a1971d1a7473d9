package dev.charter.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import dev.charter.core.source.RefPolicy;
import dev.charter.core.spec.Bundler;
import dev.charter.core.spec.LoadOptions;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecLoadException;
import dev.charter.core.spec.SpecLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ExplainerTest {

  /**
   * The grouping of errors into oneOf/anyOf branches relies on reading from an evaluation path how
   * deep into the instance it went. Checked on every raw error of the fixtures and of the smaller
   * corpus documents: the depth read from the path is the depth of the error's instance location.
   */
  @Test
  void evaluationPathsDescendAsDeepAsTheInstanceLocation() throws Exception {
    List<Path> specs = new ArrayList<>(SpecValidatorFixtureTest.roots());
    Path fixtures = SpecValidatorFixtureTest.fixtures();
    String corpus = System.getProperty("charter.corpus");
    if (corpus != null && Files.isDirectory(Path.of(corpus))) {
      try (Stream<Path> s = Files.walk(Path.of(corpus))) {
        s.filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).filter(p -> p.toFile().length() < 150_000)
            .sorted().forEach(specs::add);
      }
    }
    int errors = 0;
    for (Path p : specs) {
      Path root = p.startsWith(fixtures) ? fixtures : Path.of(corpus);
      SpecDocument doc;
      try {
        doc = new SpecLoader(LoadOptions.defaults().withRefPolicy(RefPolicy.DEFAULT.withRoot(root))).load(p);
      } catch (SpecLoadException e) {
        continue;
      }
      JsonNode tree = Bundler.bundle(doc).tree();
      for (Error e : SchemaCatalog.compiled(doc.version()).schema().validate(tree)) {
        errors++;
        int depth = Explainer.descend(Explainer.evaluationPath(e), (k, key, d, b) -> { });
        assertThat(depth).as(p + ": " + e.getEvaluationPath() + " at " + e.getInstanceLocation())
            .isEqualTo(e.getInstanceLocation().getNameCount());
      }
    }
    assertThat(errors).isGreaterThan(100);
  }

  @Test
  void descendReportsBranchesWithTheirDepth() {
    List<String> seen = new ArrayList<>();
    Object[] path = {"properties", "paths", "$ref", "patternProperties", "^/", "$ref", "properties", "get", "$ref",
        "properties", "parameters", "items", "oneOf", 0, "$ref", "anyOf", 1, "required"};
    int depth = Explainer.descend(path, (k, key, d, b) -> seen.add(k + "@" + d + "#" + b));
    assertThat(depth).isEqualTo(5);
    assertThat(seen).containsExactly("oneOf@5#0", "anyOf@5#1");
  }
}
