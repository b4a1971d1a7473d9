package dev.charter.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule on its fixtures under {@code src/test/resources/rules/<rule-id>/}: each {@code
 * invalid*} file must produce exactly the findings its markers name, each {@code valid*} file none.
 */
class RuleFixturesTest {
  static final Path RULES = Path.of("src/test/resources/rules").toAbsolutePath();
  private static final RuleRegistry REGISTRY = RuleRegistry.builtIn();

  @TestFactory
  List<DynamicTest> fixtures() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (RuleDescriptor d : REGISTRY.descriptors()) {
      Path dir = RULES.resolve(d.id());
      if (!Files.isDirectory(dir)) {
        continue; // RuleCatalogTest reports the missing fixtures
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.sorted().toList()) {
          String name = f.getFileName().toString();
          if (!(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))) {
            continue;
          }
          if (name.startsWith("invalid")) {
            tests.add(DynamicTest.dynamicTest(d.id() + "/" + name, f.toUri(),
                () -> assertThat(RuleFixture.verify(REGISTRY, d.id(), f)).as("an invalid fixture must produce findings").isNotEmpty()));
          } else if (name.startsWith("valid")) {
            tests.add(DynamicTest.dynamicTest(d.id() + "/" + name, f.toUri(),
                () -> assertThat(RuleFixture.verify(REGISTRY, d.id(), f)).isEmpty()));
          }
        }
      }
    }
    return tests;
  }
}
