package dev.charter.codegen.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecLoadException;
import dev.charter.core.spec.SpecLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where test specs are: fixtures beside the tests, the repository's examples, and the shared corpus. */
public final class Specs {
  private Specs() {}

  /** A fixture under {@code src/test/resources}. */
  public static Path fixture(String relative) {
    return Path.of("src/test/resources").resolve(relative).toAbsolutePath();
  }

  /** {@code examples/petstore.yaml} at the repository root. */
  public static Path petstore() {
    return Path.of("..", "examples", "petstore.yaml").toAbsolutePath().normalize();
  }

  /** The corpus folder ({@code -Dcharter.corpus}); the test is skipped when it is absent. */
  public static Path corpus() {
    String dir = System.getProperty("charter.corpus");
    assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "the spec corpus is not available (charter.corpus)");
    return Path.of(dir).toAbsolutePath().normalize();
  }

  public static Path corpus(String relative) {
    Path p = corpus().resolve(relative);
    assumeTrue(Files.isRegularFile(p), relative + " is not in the corpus");
    return p;
  }

  public static SpecDocument load(Path spec) {
    try {
      return new SpecLoader().load(spec);
    } catch (SpecLoadException e) {
      throw new AssertionError("cannot load " + spec + ": " + e.getMessage(), e);
    }
  }
}
