package dev.charter.codegen.openapigenerator;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what OpenAPI Generator prints to {@code System.out} and {@code System.err} (banners, some
 * generators' notes) to the debug log instead, for the length of one run. Only {@link
 * OpenApiGeneratorRun} uses it, under its lock; the original streams are always put back. charter's
 * own output is unaffected: the CLI writes to the streams it captured at start-up.
 */
final class StandardOutputCapture {
  private static final Logger LOG = LoggerFactory.getLogger("openapi-generator.console");

  private final PrintStream out;
  private final PrintStream err;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

  private StandardOutputCapture() {
    this.out = System.out;
    this.err = System.err;
  }

  static StandardOutputCapture start() {
    StandardOutputCapture c = new StandardOutputCapture();
    PrintStream sink = new PrintStream(c.buffer, true, StandardCharsets.UTF_8);
    System.setOut(sink);
    System.setErr(sink);
    return c;
  }

  void stop() {
    System.setOut(out);
    System.setErr(err);
    String text = buffer.toString(StandardCharsets.UTF_8).strip();
    if (!text.isEmpty()) {
      LOG.info("OpenAPI Generator printed:\n{}", text);
    }
  }
}
