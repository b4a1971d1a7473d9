package dev.charter.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.lint.docs.RuleCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The registry as a whole: every rule has complete metadata and both kinds of fixtures, and the
 * generated {@code docs/rules/} match the metadata. Regenerate the docs with {@code
 * -Dcharter.updateDocs=true}.
 */
class RuleCatalogTest {
  private static final RuleRegistry REGISTRY = RuleRegistry.builtIn();
  private static final Path DOCS = Path.of("..", "docs").toAbsolutePath().normalize();

  @Test
  void everyRuleHasCompleteMetadata() {
    List<String> problems = new ArrayList<>();
    for (RuleDescriptor d : REGISTRY.descriptors()) {
      if (!d.id().matches("[a-z0-9$][a-zA-Z0-9$_.-]*")) {
        problems.add(d.id() + ": id is not kebab-case");
      }
      if (d.summary().isBlank() || d.rationale().isBlank() || d.bad().isBlank() || d.good().isBlank()) {
        problems.add(d.id() + ": summary, rationale, bad and good example are all required");
      }
      if (d.formats().isEmpty()) {
        problems.add(d.id() + ": applies to no format");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyRuleHasInvalidAndValidFixtures() throws IOException {
    List<String> missing = new ArrayList<>();
    for (RuleDescriptor d : REGISTRY.descriptors()) {
      if (d.formats().equals(java.util.Set.of(SpecFormat.OAS3_2))) {
        continue; // charter cannot load OpenAPI 3.2 documents yet, so there is nothing to run such a rule on
      }
      Path dir = RuleFixturesTest.RULES.resolve(d.id());
      boolean invalid = false;
      boolean valid = false;
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          for (Path f : files.toList()) {
            String n = f.getFileName().toString();
            invalid |= n.startsWith("invalid");
            valid |= n.startsWith("valid");
          }
        }
      }
      if (!invalid || !valid) {
        missing.add(d.id() + (invalid ? "" : " (no invalid fixture)") + (valid ? "" : " (no valid fixture)"));
      }
    }
    assertThat(missing).as("rules without fixtures under " + RuleFixturesTest.RULES).isEmpty();
  }

  @Test
  void generatedRuleDocsAreUpToDate() throws IOException {
    Map<String, String> pages = new RuleCatalog(REGISTRY).pages();
    boolean update = Boolean.getBoolean("charter.updateDocs");
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, String> page : pages.entrySet()) {
      Path file = DOCS.resolve(page.getKey());
      String current = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
      if (!page.getValue().equals(current)) {
        if (update) {
          Files.createDirectories(file.getParent());
          Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
        } else {
          stale.add(page.getKey());
        }
      }
    }
    TreeSet<String> extra = new TreeSet<>();
    Path rules = DOCS.resolve("rules");
    if (Files.isDirectory(rules)) {
      try (Stream<Path> files = Files.list(rules)) {
        for (Path f : files.toList()) {
          String rel = "rules/" + f.getFileName();
          if (!pages.containsKey(rel)) {
            if (update) {
              Files.delete(f);
            } else {
              extra.add(rel);
            }
          }
        }
      }
    }
    assertThat(stale).as("stale pages under docs/ (regenerate: mvn -pl lint-rules test -Dtest=RuleCatalogTest -Dcharter.updateDocs=true)")
        .isEmpty();
    assertThat(extra).as("pages under docs/rules/ for rules that do not exist").isEmpty();
  }
}
