package dev.charter.mock;

import java.time.Duration;
import java.util.Objects;

/**
 * What one client may cost the server. Requests over a size limit are answered with an error (or
 * the connection is dropped, for headers); connections over a time limit are closed; connections
 * over the cap wait in the accept queue.
 *
 * @param maxBodyBytes largest request body read (413 above it)
 * @param maxHeaderBytes largest request head: request line plus headers
 * @param maxHeaders most request headers
 * @param requestParseTimeout time a client has to send the whole request head (slow clients)
 * @param bodyReadTimeout time a client has to send the whole body once the head has arrived
 * @param idleTimeout a connection with nothing going on for this long is closed
 * @param maxConnections connections open at once; more wait to be accepted
 * @param ioThreads threads running the HTTP engine (0: one per CPU)
 */
public record MockLimits(long maxBodyBytes, int maxHeaderBytes, int maxHeaders, Duration requestParseTimeout,
    Duration bodyReadTimeout, Duration idleTimeout, int maxConnections, int ioThreads) {

  public static final MockLimits DEFAULT = new MockLimits(10L * 1024 * 1024, 64 * 1024, 200, Duration.ofSeconds(10),
      Duration.ofSeconds(30), Duration.ofSeconds(60), 10_000, 0);

  public MockLimits {
    Objects.requireNonNull(requestParseTimeout, "requestParseTimeout");
    Objects.requireNonNull(bodyReadTimeout, "bodyReadTimeout");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    if (maxBodyBytes <= 0 || maxHeaderBytes <= 0 || maxHeaders <= 0 || maxConnections <= 0 || ioThreads < 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  public MockLimits withMaxBodyBytes(long bytes) {
    return new MockLimits(bytes, maxHeaderBytes, maxHeaders, requestParseTimeout, bodyReadTimeout, idleTimeout,
        maxConnections, ioThreads);
  }

  public MockLimits withMaxHeaderBytes(int bytes) {
    return new MockLimits(maxBodyBytes, bytes, maxHeaders, requestParseTimeout, bodyReadTimeout, idleTimeout,
        maxConnections, ioThreads);
  }

  public MockLimits withTimeouts(Duration parse, Duration body, Duration idle) {
    return new MockLimits(maxBodyBytes, maxHeaderBytes, maxHeaders, parse, body, idle, maxConnections, ioThreads);
  }

  public MockLimits withMaxConnections(int connections) {
    return new MockLimits(maxBodyBytes, maxHeaderBytes, maxHeaders, requestParseTimeout, bodyReadTimeout, idleTimeout,
        connections, ioThreads);
  }

  public MockLimits withIoThreads(int threads) {
    return new MockLimits(maxBodyBytes, maxHeaderBytes, maxHeaders, requestParseTimeout, bodyReadTimeout, idleTimeout,
        maxConnections, threads);
  }
}
