package dev.charter.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.charter.core.source.RefPolicy;
import dev.charter.core.spec.LoadOptions;
import dev.charter.core.spec.SpecLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real version histories of {@code corpus/evolution}: every consecutive pair of every history
 * compares without a crash and reports only catalogued change ids, and every spec compared with
 * itself comes out unchanged. The counts go to {@code target/evolution-summary.txt} for inspection.
 */
class EvolutionCorpusTest {

  private static Path evolution() {
    String p = System.getProperty("charter.corpus");
    Path dir = p == null ? null : Path.of(p, "evolution");
    assumeTrue(dir != null && Files.isDirectory(dir), "corpus not available");
    return dir.toAbsolutePath().normalize();
  }

  @Test
  @Timeout(180)
  void everyConsecutivePairComparesWithoutACrash() throws Exception {
    Path root = evolution();
    SpecLoader loader = new SpecLoader(LoadOptions.defaults().withWorkingDir(root).withRefPolicy(RefPolicy.DEFAULT.withRoot(root)));
    DiffPolicy policy = DiffPolicy.defaults().withToday(LocalDate.of(2026, 9, 1));
    List<String> lines = new ArrayList<>();
    java.util.Set<String> uncatalogued = new java.util.TreeSet<>();
    java.util.Set<String> catalogued = Catalogue.kinds().keySet();
    int pairs = 0;
    List<Path> histories;
    try (Stream<Path> s = Files.list(root)) {
      histories = s.filter(Files::isDirectory).sorted().toList();
    }
    for (Path history : histories) {
      List<Path> versions;
      try (Stream<Path> s = Files.list(history)) {
        versions = s.filter(Files::isRegularFile).sorted().toList();
      }
      for (int i = 0; i + 1 < versions.size(); i++) {
        long start = System.nanoTime();
        CompatResult r = new CompatChecker().check(CompatRequest.of(loader.load(versions.get(i)), loader.load(versions.get(i + 1)), policy));
        long ms = (System.nanoTime() - start) / 1_000_000;
        Map<Bump, Long> counts = new java.util.EnumMap<>(Bump.class);
        r.changes().forEach(c -> counts.merge(c.bump(), 1L, Long::sum));
        r.changes().stream().map(Change::id).filter(id -> !catalogued.contains(id)).forEach(uncatalogued::add);
        lines.add(history.getFileName() + "\t" + versions.get(i).getFileName() + " -> " + versions.get(i + 1).getFileName()
            + "\t" + r.bump().label() + "\t" + r.changes().size() + " changes " + counts + "\t" + ms + " ms");
        pairs++;
      }
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/evolution-summary.txt"), String.join("\n", lines) + "\n");
    assertThat(pairs).isGreaterThanOrEqualTo(35);
    assertThat(uncatalogued).as("change ids reported but missing from docs/diff/checks.md").isEmpty();
  }

  /** Every spec of the corpus compared with itself: no change at all (no false change from matching or normalising). */
  @Test
  @Timeout(180)
  void everyCorpusSpecComparedWithItselfHasNoChange() throws Exception {
    Path corpus = evolution().getParent();
    SpecLoader loader = new SpecLoader(LoadOptions.defaults().withWorkingDir(corpus).withRefPolicy(RefPolicy.DEFAULT.withRoot(corpus)));
    List<String> changed = new ArrayList<>();
    int specs = 0;
    for (Path p : dev.charter.core.spec.SpecFinder.find(corpus)) {
      dev.charter.core.spec.SpecDocument a;
      dev.charter.core.spec.SpecDocument b;
      try {
        a = loader.load(p);
        b = loader.load(p);
      } catch (dev.charter.core.spec.SpecLoadException e) {
        continue; // unloadable corpus files are the loader's tests' concern
      }
      specs++;
      CompatResult r = new CompatChecker().check(CompatRequest.of(a, b, DiffPolicy.defaults()));
      if (!r.changes().isEmpty()) {
        changed.add(corpus.relativize(p) + ": " + r.changes().get(0).id() + " " + r.changes().get(0).message());
      }
    }
    assertThat(specs).isGreaterThan(150);
    assertThat(changed).isEmpty();
  }
}
