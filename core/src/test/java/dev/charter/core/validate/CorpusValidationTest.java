package dev.charter.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.source.RefPolicy;
import dev.charter.core.spec.LoadOptions;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecLoadException;
import dev.charter.core.spec.SpecLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Loads and validates every document of the shared corpus (real specs written by others). The
 * findings must be exactly those listed, each with its justification, in {@code
 * validate/corpus-expected-findings.txt}; documents the loader refuses must be fragments ({@code $ref}
 * targets, per the corpus manifest) or listed in {@code validate/corpus-load-failures.txt}. On a
 * mismatch the actual results are written to {@code target/corpus-actual-findings.txt}.
 */
class CorpusValidationTest {
  private static final Pattern MANIFEST_ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|.*\\|\\s*fragment \\(\\$ref target\\)\\s*\\|");
  private static final Pattern FINDING = Pattern.compile("^(\\S+):(\\d+) (\\S+) (.+)$");

  @Test
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void everyCorpusDocumentValidatesAsExpected() throws Exception {
    String prop = System.getProperty("charter.corpus");
    assumeTrue(prop != null && Files.isDirectory(Path.of(prop)), "corpus not present: " + prop);
    Path corpus = Path.of(prop).toRealPath();
    Set<String> fragments = fragments(corpus.resolve("MANIFEST.md"));
    Map<String, String> expectedLoadFailures = loadFailures();
    Map<String, String> expectedFindings = expectedFindings();

    SpecLoader loader = new SpecLoader(LoadOptions.defaults().withRefPolicy(RefPolicy.DEFAULT.withRoot(corpus)));
    SpecValidator validator = new SpecValidator();
    List<Path> files;
    try (Stream<Path> s = Files.walk(corpus)) {
      files = s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList();
    }
    TreeSet<String> actualFindings = new TreeSet<>();
    TreeMap<String, String> actualLoadFailures = new TreeMap<>();
    int validated = 0;
    for (Path file : files) {
      String rel = corpus.relativize(file).toString().replace('\\', '/');
      SpecDocument doc;
      try {
        doc = loader.load(file);
      } catch (SpecLoadException e) {
        actualLoadFailures.put(rel, e.getMessage());
        continue;
      }
      validated++;
      for (Diagnostic d : validator.validate(doc)) {
        String where = corpus.relativize(Path.of(d.location().file()).toRealPath()).toString().replace('\\', '/');
        actualFindings.add(where + ":" + d.location().line() + " " + d.id() + " " + d.message());
      }
    }

    List<String> problems = new ArrayList<>();
    for (String rel : actualLoadFailures.keySet()) {
      if (!fragments.contains(rel) && !expectedLoadFailures.containsKey(rel)) {
        problems.add("unexpected load failure: " + rel + ": " + actualLoadFailures.get(rel));
      }
    }
    for (String rel : expectedLoadFailures.keySet()) {
      if (!actualLoadFailures.containsKey(rel)) {
        problems.add("expected a load failure, but it loaded: " + rel);
      }
    }
    for (String rel : fragments) {
      if (!actualLoadFailures.containsKey(rel)) {
        problems.add("a fragment loaded as a spec: " + rel);
      }
    }
    for (String f : actualFindings) {
      if (!expectedFindings.containsKey(f)) {
        problems.add("unexpected finding: " + f);
      }
    }
    for (String f : expectedFindings.keySet()) {
      if (!actualFindings.contains(f)) {
        problems.add("expected finding not reported: " + f);
      }
    }
    if (!problems.isEmpty()) {
      Path out = Path.of("target", "corpus-actual-findings.txt");
      Files.createDirectories(out.getParent());
      Files.write(out, actualFindings, StandardCharsets.UTF_8);
      fail(problems.size() + " differences (actual findings written to " + out.toAbsolutePath() + "):\n  "
          + String.join("\n  ", problems));
    }
    assertThat(validated).as("documents validated").isGreaterThan(150);
  }

  /** Paths (relative to the corpus) the manifest marks as fragments: $ref targets, not specs. */
  static Set<String> fragments(Path manifest) throws IOException {
    Set<String> out = new TreeSet<>();
    for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      Matcher m = MANIFEST_ROW.matcher(line);
      if (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  /** {@code <path> <reason>} per line. */
  static Map<String, String> loadFailures() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : resource("/validate/corpus-load-failures.txt")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int space = line.indexOf(' ');
      assertThat(space).as("a reason for " + line).isPositive();
      out.put(line.substring(0, space), line.substring(space + 1).trim());
    }
    return out;
  }

  /**
   * Finding lines ({@code <path>:<line> <rule> <message>}), each followed by one or more lines
   * indented with "  why: " that justify it; a justification line applies to the findings above it
   * up to the previous justification, so a group of similar findings can share one.
   */
  static Map<String, String> expectedFindings() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> pending = new ArrayList<>();
    for (String line : resource("/validate/corpus-expected-findings.txt")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("  why: ")) {
        assertThat(pending).as("a justification follows findings: " + line).isNotEmpty();
        for (String f : pending) {
          out.put(f, line.substring("  why: ".length()));
        }
        pending.clear();
        continue;
      }
      assertThat(FINDING.matcher(line).matches()).as("finding line: " + line).isTrue();
      pending.add(line);
    }
    assertThat(pending).as("findings without a justification").isEmpty();
    return out;
  }

  private static List<String> resource(String name) throws IOException {
    try (InputStream in = CorpusValidationTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
