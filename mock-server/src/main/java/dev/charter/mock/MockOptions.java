package dev.charter.mock;

import java.io.OutputStream;
import java.time.Clock;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * How to run a mock: the spec, where to listen, how to answer, what to enforce and what to log.
 * {@link #of(SpecSource)} gives the defaults (127.0.0.1, an ephemeral port, examples, CORS for any
 * origin, no log); the {@code with…} methods change one setting each.
 *
 * @param port the port to listen on; 0 for a free one (see {@link RunningMock#port()})
 * @param dynamic answer with values generated from the schemas instead of the examples
 * @param seed makes generated values reproducible: the same request gets the same body, also after a restart
 * @param verifyJwt check expiry, not-before and scopes of JWT bearer tokens
 * @param watch reload the spec when one of its files changes
 * @param requestLog where request log lines go (null: nowhere)
 * @param events where start-up, reload and failure messages go
 * @param clock the time JWTs are checked against
 */
public record MockOptions(SpecSource source, String host, int port, boolean dynamic, OptionalLong seed, CorsPolicy cors,
    boolean verifyJwt, boolean watch, MockLimits limits, LogFormat logFormat, OutputStream requestLog,
    Consumer<String> events, Clock clock) {

  public MockOptions {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(cors, "cors");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(logFormat, "logFormat");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(clock, "clock");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535");
    }
  }

  public static MockOptions of(SpecSource source) {
    return new MockOptions(source, "127.0.0.1", 0, false, OptionalLong.empty(), CorsPolicy.ANY_ORIGIN, false, false,
        MockLimits.DEFAULT, LogFormat.NONE, null, message -> { }, Clock.systemUTC());
  }

  public MockOptions withHost(String h) {
    return new MockOptions(source, h, port, dynamic, seed, cors, verifyJwt, watch, limits, logFormat, requestLog, events, clock);
  }

  public MockOptions withPort(int p) {
    return new MockOptions(source, host, p, dynamic, seed, cors, verifyJwt, watch, limits, logFormat, requestLog, events, clock);
  }

  public MockOptions withDynamic(boolean d) {
    return new MockOptions(source, host, port, d, seed, cors, verifyJwt, watch, limits, logFormat, requestLog, events, clock);
  }

  public MockOptions withSeed(long s) {
    return new MockOptions(source, host, port, dynamic, OptionalLong.of(s), cors, verifyJwt, watch, limits, logFormat,
        requestLog, events, clock);
  }

  public MockOptions withCors(CorsPolicy c) {
    return new MockOptions(source, host, port, dynamic, seed, c, verifyJwt, watch, limits, logFormat, requestLog, events, clock);
  }

  public MockOptions withVerifyJwt(boolean v) {
    return new MockOptions(source, host, port, dynamic, seed, cors, v, watch, limits, logFormat, requestLog, events, clock);
  }

  public MockOptions withWatch(boolean w) {
    return new MockOptions(source, host, port, dynamic, seed, cors, verifyJwt, w, limits, logFormat, requestLog, events, clock);
  }

  public MockOptions withLimits(MockLimits l) {
    return new MockOptions(source, host, port, dynamic, seed, cors, verifyJwt, watch, l, logFormat, requestLog, events, clock);
  }

  /** Request log lines in {@code format} to {@code out} (written by a background thread, never blocking a request). */
  public MockOptions withRequestLog(LogFormat format, OutputStream out) {
    return new MockOptions(source, host, port, dynamic, seed, cors, verifyJwt, watch, limits, format, out, events, clock);
  }

  public MockOptions withEvents(Consumer<String> e) {
    return new MockOptions(source, host, port, dynamic, seed, cors, verifyJwt, watch, limits, logFormat, requestLog, e, clock);
  }

  public MockOptions withClock(Clock c) {
    return new MockOptions(source, host, port, dynamic, seed, cors, verifyJwt, watch, limits, logFormat, requestLog, events, c);
  }
}
