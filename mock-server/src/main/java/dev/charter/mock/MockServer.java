package dev.charter.mock;

import dev.charter.core.spec.SpecLoadException;
import dev.charter.mock.server.UndertowMock;
import java.io.IOException;

/**
 * The mock server's entry point, used by {@code charter mock}, the Maven plugin and tests:
 * {@code MockServer.start(MockOptions.of(SpecSource.file(path)).withPort(0))} gives a running mock
 * on a free port; close it to stop.
 */
public final class MockServer {
  private MockServer() {}

  /**
   * Loads the spec, prepares every operation (routes, request checks, responses) and starts
   * serving.
   *
   * @throws SpecLoadException the spec cannot be loaded
   * @throws IllegalArgumentException the spec is not OpenAPI
   * @throws IOException the address cannot be listened on
   */
  public static RunningMock start(MockOptions options) throws SpecLoadException, IOException {
    return UndertowMock.start(options);
  }
}
