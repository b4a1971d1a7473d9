package dev.charter.mock;

import dev.charter.core.spec.SpecDocument;
import java.net.URI;

/**
 * A mock server that is serving. Closing it stops accepting connections, lets requests in flight
 * finish (up to a few seconds) and releases the port.
 */
public interface RunningMock extends AutoCloseable {

  /** The port it listens on (the one picked, when started on port 0). */
  int port();

  /** {@code http://host:port}: every path of the spec is served below it, with or without the server base path. */
  URI baseUri();

  /**
   * {@code http://host:port/v1}: the base URI plus the base path of the spec's first server ({@code
   * /v1} for {@code servers: [{url: https://api.example.com/v1}]}); the base URI when it has none.
   * Generated clients pointed here call the same paths as against the real API.
   */
  URI serverUri();

  /** The spec being served now. */
  SpecDocument spec();

  /** Loads the spec again from its source; on failure, keeps serving the last good one. */
  Reload reload();

  /** How many requests were answered since start. */
  long requests();

  @Override
  void close();

  /** The outcome of a reload: whether the new spec is being served, and what happened, in words. */
  record Reload(boolean applied, String message) {}
}
