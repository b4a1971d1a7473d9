package dev.charter.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Severity;
import dev.charter.core.report.RuleInfo;
import dev.charter.core.source.RefPolicy;
import dev.charter.core.spec.LoadOptions;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecLoader;
import dev.charter.core.spec.SpecVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecValidatorTest {
  private final SpecValidator validator = new SpecValidator();

  @Test
  void rulesUseSpectralIdsAndAreErrors() {
    assertThat(SpecValidator.rules()).extracting(RuleInfo::id)
        .containsExactly("oas2-schema", "oas3-schema", "asyncapi-schema");
    assertThat(SpecValidator.rules()).allSatisfy(r -> {
      assertThat(r.defaultSeverity()).isEqualTo(Severity.ERROR);
      assertThat(r.summary()).endsWith(".");
    });
    assertThat(SpecValidator.ruleId(SpecVersion.OPENAPI_2_0)).isEqualTo("oas2-schema");
    assertThat(SpecValidator.ruleId(SpecVersion.OPENAPI_3_0)).isEqualTo("oas3-schema");
    assertThat(SpecValidator.ruleId(SpecVersion.OPENAPI_3_1)).isEqualTo("oas3-schema");
    for (SpecVersion v : SpecVersion.values()) {
      if (v.isAsyncApi()) {
        assertThat(SpecValidator.ruleId(v)).isEqualTo("asyncapi-schema");
      }
    }
  }

  @Test
  void aValidDocumentHasNoFindings(@TempDir Path dir) throws Exception {
    SpecDocument doc = load(dir, "ok.yaml", """
        openapi: 3.0.3
        info: {title: Ok, version: '1'}
        paths:
          /ok:
            get:
              responses:
                '200': {description: ok}
        """);
    assertThat(validator.validate(doc)).isEmpty();
  }

  @Test
  void findingsPointAtTheKeyOfTheMember(@TempDir Path dir) throws Exception {
    SpecDocument doc = load(dir, "typo.yaml", """
        openapi: 3.0.3
        info: {title: Typo, version: '1'}
        paths:
          /ok:
            get:
              responses:
                '200': {description: ok}
              operationid: x
        """);
    List<Diagnostic> found = validator.validate(doc);
    assertThat(found).hasSize(1);
    Diagnostic d = found.get(0);
    assertThat(d.id()).isEqualTo("oas3-schema");
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.message()).isEqualTo("unknown property 'operationid' (expected one of: operationId, …)");
    assertThat(d.location().line()).isEqualTo(8);
    assertThat(d.location().column()).isEqualTo(7);
    assertThat(d.location().pointer()).isEqualTo("/paths/~1ok/get/operationid");
  }

  @Test
  void isThreadSafe() throws Exception {
    Path dir = SpecValidatorFixtureTest.fixtures();
    List<SpecDocument> docs = new ArrayList<>();
    for (Path p : SpecValidatorFixtureTest.roots()) {
      docs.add(new SpecLoader(LoadOptions.defaults().withRefPolicy(RefPolicy.DEFAULT.withRoot(dir))).load(p));
    }
    List<List<Diagnostic>> sequential = new ArrayList<>();
    for (SpecDocument d : docs) {
      sequential.add(validator.validate(d));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Diagnostic>>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (SpecDocument d : docs) {
          futures.add(pool.submit(() -> new SpecValidator().validate(d)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get(60, TimeUnit.SECONDS)).isEqualTo(sequential.get(i % docs.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void tooDeepForTheStackIsAFindingNotACrash(@TempDir Path dir) throws Exception {
    StringBuilder schema = new StringBuilder("{\"type\": \"string\"}");
    for (int i = 0; i < 100; i++) {
      schema.insert(0, "{\"type\": \"object\", \"properties\": {\"x\": ").append("}}");
    }
    SpecDocument doc = load(dir, "deep.json", "{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"Deep\", \"version\": \"1\"},"
        + " \"components\": {\"schemas\": {\"Deep\": " + schema + "}}}");
    assertThat(validator.validate(doc)).isEmpty();
    AtomicReference<Object> result = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        result.set(validator.validate(doc));
      } catch (Throwable e) {
        result.set(e);
      }
    }, "tiny-stack", 128 * 1024);
    t.start();
    t.join(60_000);
    assertThat(result.get()).isInstanceOf(List.class);
    @SuppressWarnings("unchecked")
    List<Diagnostic> found = (List<Diagnostic>) result.get();
    assertThat(found).singleElement().satisfies(d -> assertThat(d.message()).contains("nested too deeply"));
  }

  private static SpecDocument load(Path dir, String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return new SpecLoader(LoadOptions.defaults().withRefPolicy(RefPolicy.DEFAULT.withRoot(dir))).load(p);
  }
}
