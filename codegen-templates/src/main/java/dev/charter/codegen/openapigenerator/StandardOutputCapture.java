package dev.charter.codegen.openapigenerator;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what OpenAPI Generator prints to {@code System.out} (banners, some generators' notes) to
 * the log instead, for the length of one run. Only {@link OpenApiGeneratorRun} uses it, under its
 * lock; the original stream is always put back. {@code System.err} is left alone: that is where
 * the SLF4J logger writes, silent unless {@code --verbose}. charter's own output is unaffected: the
 * CLI writes to the streams it captured at start-up.
 */
final class StandardOutputCapture {
  private static final Logger LOG = LoggerFactory.getLogger("openapi-generator.console");

  private final PrintStream out;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

  private StandardOutputCapture() {
    this.out = System.out;
  }

  static StandardOutputCapture start() {
    StandardOutputCapture c = new StandardOutputCapture();
    System.setOut(new PrintStream(c.buffer, true, StandardCharsets.UTF_8));
    return c;
  }

  void stop() {
    System.setOut(out);
    String text = buffer.toString(StandardCharsets.UTF_8).strip();
    if (!text.isEmpty()) {
      LOG.info("OpenAPI Generator printed to standard output:\n{}", text);
    }
  }
}
