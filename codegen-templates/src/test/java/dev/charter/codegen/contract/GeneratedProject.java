package dev.charter.codegen.contract;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.charter.codegen.GenerationException;
import dev.charter.codegen.GenerationRequest;
import dev.charter.codegen.GenerationResult;
import dev.charter.codegen.Generator;
import dev.charter.codegen.WriteOptions;
import dev.charter.codegen.testing.InProcessCompiler;
import dev.charter.core.spec.SpecDocument;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * A contract-test project written by {@code charter generate tests}, compiled in this JVM (no Maven,
 * nothing installed) and run with the JUnit Platform Launcher: what a user's {@code mvn test} does,
 * against the test classpath, which holds exactly what the generated pom declares.
 */
final class GeneratedProject {
  /** The verdict on one generated test, keyed like a verify report case: suite and {@code #n label}. */
  record TestResult(String suite, String name, Status status, String message) {
    enum Status {
      PASSED,
      FAILED,
      SKIPPED
    }
  }

  private final Path dir;
  private final GenerationResult result;
  private Path classes;

  private GeneratedProject(Path dir, GenerationResult result) {
    this.dir = dir;
    this.result = result;
  }

  static GeneratedProject generate(SpecDocument spec, ContractTestsGenerator.Options options, Path dir)
      throws GenerationException {
    GenerationResult result = new Generator().generate(
        new GenerationRequest(spec, new ContractTestsGenerator(options), dir, WriteOptions.DEFAULT, false));
    return new GeneratedProject(dir, result);
  }

  Path dir() {
    return dir;
  }

  GenerationResult result() {
    return result;
  }

  InProcessCompiler.Result compile() throws IOException {
    classes = dir.resolve("target/test-classes");
    return InProcessCompiler.compile(List.of(dir.resolve("src/test/java")), classes);
  }

  List<Path> sources() throws IOException {
    try (Stream<Path> s = Files.walk(dir.resolve("src/test/java"))) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  /**
   * Runs every generated test against {@code baseUrl} with the given {@code charter.*} system
   * properties, which the generated code reads as a user's {@code mvn test -D…} would set them.
   * System properties are global, so runs are serialised.
   */
  Map<String, TestResult> run(URI baseUrl, Map<String, String> settings) throws IOException {
    return execute(baseUrl, settings);
  }

  /** Runs the tests as a user who forgot to say which server to test. */
  Map<String, TestResult> runWithoutServer(Map<String, String> settings) throws IOException {
    return execute(null, settings);
  }

  private Map<String, TestResult> execute(URI baseUrl, Map<String, String> settings) throws IOException {
    synchronized (GeneratedProject.class) {
      Properties saved = (Properties) System.getProperties().clone();
      if (baseUrl != null) {
        System.setProperty("charter.baseUrl", baseUrl.toString());
      } else {
        System.clearProperty("charter.baseUrl");
      }
      settings.forEach(System::setProperty);
      ClassLoader previous = Thread.currentThread().getContextClassLoader();
      try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL(),
          dir.resolve("src/test/resources").toUri().toURL()}, GeneratedProject.class.getClassLoader())) {
        Thread.currentThread().setContextClassLoader(loader);
        List<DiscoverySelector> selectors = new ArrayList<>();
        try (Stream<Path> s = Files.walk(classes)) {
          for (Path p : s.filter(p -> p.getFileName().toString().endsWith("Test.class")).sorted().toList()) {
            String name = classes.relativize(p).toString().replace('/', '.').replace(".class", "");
            selectors.add(selectClass(loader.loadClass(name)));
          }
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectors).build();
        Launcher launcher = LauncherFactory.create();
        Collector collector = new Collector();
        launcher.execute(request, collector);
        return collector.results;
      } finally {
        Thread.currentThread().setContextClassLoader(previous);
        System.setProperties(saved);
      }
    }
  }

  private static final class Collector implements TestExecutionListener {
    final Map<String, TestResult> results = new LinkedHashMap<>();
    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
      this.plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
      if (id.isTest()) {
        add(id, TestResult.Status.SKIPPED, reason);
      }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
      if (!id.isTest()) {
        if (result.getStatus() == TestExecutionResult.Status.FAILED) {
          // a class that cannot even start (its static setup failed) is a failure of the whole project
          throw new AssertionError(id.getDisplayName() + " failed: " + result.getThrowable().map(Throwable::toString).orElse(""));
        }
        return;
      }
      TestResult.Status status = switch (result.getStatus()) {
        case SUCCESSFUL -> TestResult.Status.PASSED;
        case ABORTED -> TestResult.Status.SKIPPED;
        case FAILED -> TestResult.Status.FAILED;
      };
      add(id, status, result.getThrowable().map(Throwable::getMessage).orElse(""));
    }

    private void add(TestIdentifier id, TestResult.Status status, String message) {
      String suite = plan.getParent(id).map(TestIdentifier::getDisplayName).orElse("");
      TestResult r = new TestResult(suite, id.getDisplayName(), status, Optional.ofNullable(message).orElse(""));
      results.put(suite + " " + id.getDisplayName(), r);
    }
  }
}
