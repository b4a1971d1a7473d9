package dev.charter.core.validate;

import dev.charter.core.source.RefPolicy;
import dev.charter.core.spec.LoadOptions;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/**
 * Not a test: measures, in a fresh JVM, how long loading and structural validation of each file
 * take (wall clock and CPU time of the calling thread; the first validation of a version includes
 * compiling its schemas). Run from {@code core/} after {@code mvn -pl core test-compile}:
 *
 * <pre>
 * java -Xmx1g -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     dev.charter.core.validate.ValidateTiming ../../shared/corpus/openapi/stripe-spec3.yaml
 * </pre>
 *
 * where {@code cp.txt} comes from {@code mvn -pl core dependency:build-classpath
 * -Dmdep.outputFile=cp.txt}. Refs may reach the folder of the first file's parent's parent.
 */
public final class ValidateTiming {
  private ValidateTiming() {}

  public static void main(String[] args) throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    SpecValidator validator = new SpecValidator();
    for (String arg : args) {
      Path file = Path.of(arg).toAbsolutePath().normalize();
      Path root = file.getParent().getParent();
      long w0 = System.nanoTime();
      long c0 = mx.getCurrentThreadCpuTime();
      SpecDocument doc = new SpecLoader(LoadOptions.defaults().withRefPolicy(RefPolicy.DEFAULT.withRoot(root)))
          .load(file);
      long w1 = System.nanoTime();
      long c1 = mx.getCurrentThreadCpuTime();
      int findings = validator.validate(doc).size();
      long w2 = System.nanoTime();
      long c2 = mx.getCurrentThreadCpuTime();
      System.out.printf("%s (%s): load %d ms (cpu %d ms), validate %d ms (cpu %d ms), %d findings%n",
          file.getFileName(), doc.version().label(), (w1 - w0) / 1_000_000, (c1 - c0) / 1_000_000,
          (w2 - w1) / 1_000_000, (c2 - c1) / 1_000_000, findings);
    }
  }
}
