package dev.charter.compat;

import dev.charter.core.source.RefPolicy;
import dev.charter.core.spec.LoadOptions;
import dev.charter.core.spec.SpecLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One old/new pair of {@code src/test/resources/checks/<check-id>/<case>/} with its {@code
 * expected.txt}: the overall bump, the set of change ids, and optionally the mode, bump settings,
 * whether the gate fails, and text that change messages must contain ({@code message:}, one per line).
 */
record Fixture(Path dir, String note, Bump bump, Set<String> ids, Mode mode, Map<String, Bump> bumps,
    Optional<Boolean> failed, List<String> messages) {

  static final Path ROOT = Path.of("src/test/resources/checks").toAbsolutePath();
  /** Sunset dates in fixtures are judged against this day, so results do not change with the calendar. */
  static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

  static List<Fixture> all() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files.filter(p -> p.getFileName().toString().equals("expected.txt")).sorted()
          .map(p -> read(p.getParent())).toList();
    }
  }

  static Fixture read(Path dir) {
    String note = "";
    Bump bump = null;
    Set<String> ids = new TreeSet<>();
    Mode mode = Mode.BACKWARD;
    Map<String, Bump> bumps = new LinkedHashMap<>();
    Optional<Boolean> failed = Optional.empty();
    List<String> messages = new java.util.ArrayList<>();
    try {
      for (String line : Files.readAllLines(dir.resolve("expected.txt"))) {
        if (line.startsWith("#")) {
          note = line.substring(1).trim();
          continue;
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String key = line.substring(0, colon).trim();
        String value = line.substring(colon + 1).trim();
        switch (key) {
          case "bump" -> bump = Bump.parse(value);
          case "ids" -> Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(ids::add);
          case "mode" -> mode = Mode.parse(value);
          case "bumps" -> Arrays.stream(value.split(",")).map(String::trim).forEach(kv -> {
            String[] p = kv.split("=");
            bumps.put(p[0].trim(), Bump.parse(p[1]));
          });
          case "failed" -> failed = Optional.of(value.equals("yes"));
          case "message" -> messages.add(value);
          default -> throw new IllegalArgumentException(dir + ": unknown key " + key);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return new Fixture(dir, note, bump, ids, mode, bumps, failed, List.copyOf(messages));
  }

  String name() {
    return ROOT.relativize(dir).toString();
  }

  CompatResult run() throws Exception {
    SpecLoader loader = new SpecLoader(LoadOptions.defaults().withWorkingDir(dir).withRefPolicy(RefPolicy.DEFAULT.withRoot(dir)));
    DiffPolicy policy = DiffPolicy.defaults().withMode(mode).withBumps(bumps).withToday(TODAY);
    return new CompatChecker().check(CompatRequest.of(loader.load(file("old")), loader.load(file("new")), policy));
  }

  private Path file(String side) {
    for (String ext : List.of("yaml", "yml", "json")) {
      Path p = dir.resolve(side + "." + ext);
      if (Files.exists(p)) {
        return p;
      }
    }
    throw new IllegalStateException(dir + " has no " + side + " spec");
  }

  static Set<String> ids(CompatResult r) {
    return r.changes().stream().map(Change::id).collect(Collectors.toCollection(TreeSet::new));
  }
}
