package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.mock.MockOptions;
import dev.charter.mock.MockServer;
import dev.charter.mock.RunningMock;
import dev.charter.mock.SpecSource;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated SDK against the mock, end to end: {@code charter generate client} writes the Java
 * client (native) for examples/petstore.yaml, javac compiles it in-process with a small driver
 * that uses it as an application would ({@code generate/PetstoreDriver.java.txt}), and the driver
 * calls charter's mock server serving the same spec: it gets typed objects back ({@code Pet},
 * {@code List<Pet>}), and the mock enforces the spec's bearer security on the client's requests.
 */
class GeneratedClientAgainstMockTest {
  private static final Path PETSTORE = Path.of("..", "examples", "petstore.yaml").toAbsolutePath().normalize();

  @TempDir Path dir;

  @Test
  @SuppressWarnings("unchecked")
  void theGeneratedJavaClientGetsTypedObjectsFromTheMock() throws Exception {
    try (RunningMock mock = MockServer.start(MockOptions.of(SpecSource.file(PETSTORE)).withHost("127.0.0.1").withPort(0))) {
      CliRun generate = CliRun.in(dir, "generate", "client", "-i", PETSTORE.toString(), "-o", "sdk");
      assertThat(generate.exitCode()).as(generate.err()).isZero();
      Path driver = dir.resolve("driver-src/driver/PetstoreDriver.java");
      Files.createDirectories(driver.getParent());
      Files.writeString(driver, Files.readString(Path.of("src/test/resources/generate/PetstoreDriver.java.txt")));
      Path classes = compile(List.of(dir.resolve("sdk/src/main/java"), driver.getParent().getParent()), dir.resolve("classes"));

      try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
        Function<String, Map<String, Object>> run = (Function<String, Map<String, Object>>)
            loader.loadClass("driver.PetstoreDriver").getDeclaredConstructor().newInstance();
        Map<String, Object> results = run.apply(mock.serverUri().toString());

        Class<?> pet = loader.loadClass("org.openapitools.client.model.Pet");
        List<?> list = (List<?>) results.get("listPets");
        assertThat(list).isNotEmpty().allSatisfy(p -> assertThat(p).isInstanceOf(pet));
        assertThat(property(list.get(0), "getName")).isInstanceOf(String.class);
        assertThat(property(list.get(0), "getSpecies").getClass().getName())
            .isEqualTo("org.openapitools.client.model.Pet$SpeciesEnum");
        assertThat(results.get("createPet")).isInstanceOf(pet);
        assertThat(property(results.get("createPet"), "getId")).isInstanceOf(Long.class);
        assertThat(results.get("getPet")).isInstanceOf(pet);
        assertThat(results.get("deletePet")).isEqualTo("ok");
        assertThat(results.get("withoutToken")).as("the mock enforces bearerAuth").isEqualTo(401);
        assertThat(mock.requests()).isGreaterThanOrEqualTo(5);
      }
    }
  }

  private static Object property(Object bean, String getter) throws Exception {
    Method m = bean.getClass().getMethod(getter);
    return m.invoke(bean);
  }

  /** Compiles every .java under {@code roots} with the test classpath (Jackson, jakarta.annotation, …). */
  private static Path compile(List<Path> roots, Path out) throws IOException {
    List<Path> sources = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
      }
    }
    Files.createDirectories(out);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean ok = javac.getTask(null, files, diagnostics, List.of("--release", "17", "-proc:none", "-nowarn",
          "-classpath", System.getProperty("java.class.path"), "-d", out.toString()), null,
          files.getJavaFileObjectsFromPaths(sources)).call();
      assertThat(ok).as(() -> diagnostics.getDiagnostics().toString()).isTrue();
    }
    return out;
  }
}
