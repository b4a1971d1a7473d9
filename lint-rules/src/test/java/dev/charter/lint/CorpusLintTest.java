package dev.charter.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.source.RefPolicy;
import dev.charter.core.spec.LoadOptions;
import dev.charter.core.spec.SpecFinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every spec of the shared corpus lints with every rule (charter:all) without a rule failing. The
 * timeout only guards against a hang; speed is measured by bench/lint.sh.
 */
class CorpusLintTest {

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void everyCorpusSpecLintsWithEveryRule() throws Exception {
    Path corpus = corpus();
    assumeTrue(corpus != null, "no corpus found (set -Dcharter.corpus)");
    List<Path> specs = SpecFinder.find(corpus);
    assertThat(specs).hasSizeGreaterThan(100);
    Path config = Files.createTempFile("charter-all", ".yaml");
    Files.writeString(config, "lint:\n  extends: [charter:all]\n");
    LoadOptions load = LoadOptions.defaults().withWorkingDir(corpus)
        .withRefPolicy(new RefPolicy(Optional.of(corpus), false, Set.of()));
    LintRequest request = LintRequest.of(specs.stream().map(Path::toString).toList(), load)
        .withConfig(dev.charter.core.config.CharterConfig.load(config));
    LintResult result = new Linter(RuleRegistry.builtIn()).lint(request);
    Files.delete(config);
    List<Diagnostic> failures = result.notes().stream().filter(n -> n.id().equals("rule-failed")).toList();
    assertThat(failures).as("rules that failed").isEmpty();
    assertThat(result.inputs()).hasSizeGreaterThan(100);
    assertThat(result.findings()).isNotEmpty();
  }

  /** The corpus: {@code -Dcharter.corpus}, else a {@code shared/corpus} beside some parent of the working directory. */
  static Path corpus() {
    String property = System.getProperty("charter.corpus");
    if (property != null && Files.isDirectory(Path.of(property))) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path c = d.resolve("shared/corpus");
      if (Files.isDirectory(c)) {
        return c;
      }
    }
    return null;
  }
}
