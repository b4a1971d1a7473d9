package dev.charter.cli;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecLoadException;
import dev.charter.core.spec.SpecLoader;
import dev.charter.mock.CorsPolicy;
import dev.charter.mock.LogFormat;
import dev.charter.mock.MockLimits;
import dev.charter.mock.MockOptions;
import dev.charter.mock.MockServer;
import dev.charter.mock.RunningMock;
import dev.charter.mock.SpecSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "mock",
    mixinStandardHelpOptions = true,
    description = {
      "Serve a mock of an OpenAPI spec: documented responses (examples, or values generated from the schemas), "
          + "every request validated against the contract, security enforced, live docs at /_charter/docs/.",
      "Stops on Ctrl-C or SIGTERM, letting requests in flight finish."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped",
      "2:usage error, a spec that cannot be loaded or served, or an address that cannot be listened on"
    })
final class MockCommand implements Callable<Integer> {

  @ParentCommand CharterCommand parent;
  @Mixin InputOptions input;

  @Parameters(index = "0", paramLabel = "SPEC", description = "The OpenAPI spec to serve (a file, - or REV:path).")
  String spec;

  @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port = 4010;

  @Option(names = "--dynamic", description = "Answer with values generated from the schemas rather than the examples.")
  boolean dynamic;

  @Option(names = "--seed", paramLabel = "N", description = "Make generated values reproducible: the same request gets the same body, on every run.")
  Long seed;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN", split = ",",
      description = "Allow cross-origin requests from these origins only (default: any origin).")
  List<String> corsOrigins = new ArrayList<>();

  @Option(names = "--no-cors", description = "Send no CORS headers and do not answer preflight requests.")
  boolean noCors;

  @Option(names = "--verify-jwt", description = "Refuse bearer JWTs that have expired, are not yet valid or lack a required scope.")
  boolean verifyJwt;

  @Option(names = "--watch", description = "Reload the spec when one of its files changes (a bad edit keeps the last good spec).")
  boolean watch;

  @Option(names = "--max-body-size", paramLabel = "SIZE", converter = SizeConverter.class,
      description = "Largest request body (default: 10MB; units k, MB, GB).")
  Long maxBodySize;

  @Option(names = "--max-header-size", paramLabel = "SIZE", converter = SizeConverter.class,
      description = "Largest request head, request line and headers (default: 64k).")
  Long maxHeaderSize;

  @Option(names = "--max-connections", paramLabel = "N", description = "Connections open at once; more wait (default: 10000).")
  Integer maxConnections;

  @Option(names = "--request-timeout", paramLabel = "SECONDS",
      description = "Time a client has to send a request head, and again its body (default: 10 and 30).")
  Integer requestTimeout;

  @Option(names = "--idle-timeout", paramLabel = "SECONDS", description = "Close connections idle this long (default: 60).")
  Integer idleTimeout;

  @Option(names = "--log-format", paramLabel = "FORMAT",
      description = "Request log on standard output: text (default), json or none.")
  LogFormat logFormat = LogFormat.TEXT;

  @Override
  public Integer call() throws Exception {
    CliEnvironment env = parent.environment();
    // Undertow and XNIO log through JBoss Logging: route it to SLF4J, silent unless --verbose.
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
    SpecLoader loader = new SpecLoader(input.loadOptions(env));
    SpecSource source = new SpecSource() {
      @Override
      public SpecDocument load() throws SpecLoadException {
        return loader.load(spec);
      }

      @Override
      public String describe() {
        return spec;
      }

      @Override
      public boolean reloadable() {
        return !spec.equals("-");
      }
    };
    if (port < 0 || port > 65535) {
      throw new picocli.CommandLine.ParameterException(parent.spec.commandLine(),
          "--port must be between 0 and 65535, not " + port);
    }
    PrintWriter err = env.err();
    MockOptions options = MockOptions.of(source)
        .withHost(host)
        .withPort(port)
        .withDynamic(dynamic)
        .withVerifyJwt(verifyJwt)
        .withWatch(watch)
        .withLimits(limits())
        .withCors(noCors ? CorsPolicy.DISABLED : corsOrigins.isEmpty() ? CorsPolicy.ANY_ORIGIN : CorsPolicy.origins(corsOrigins))
        .withRequestLog(logFormat, System.out)
        .withEvents(message -> {
          err.println(message);
          err.flush();
        });
    if (seed != null) {
      options = options.withSeed(seed);
    }
    RunningMock mock;
    try {
      mock = MockServer.start(options);
    } catch (SpecLoadException e) {
      throw new InputException(e.problems());
    } catch (IllegalArgumentException e) {
      throw new InputException(new Diagnostic("mock-unsupported", Severity.ERROR, e.getMessage(),
          Location.ofFile(spec)));
    } catch (IOException e) {
      throw new InputException(new Diagnostic("mock-listen", Severity.ERROR, e.getMessage(), Location.ofFile("charter mock")));
    }
    CountDownLatch stop = new CountDownLatch(1);
    // SIGTERM and Ctrl-C end the wait below, so that the command returns normally (exit 0,
    // after the server has finished its requests); the hook covers any other way the JVM ends.
    boolean handled = onSignals(stop, "TERM", "INT");
    Runtime.getRuntime().addShutdownHook(new Thread(mock::close, "charter-mock-shutdown"));
    if (!parent.quiet()) {
      SpecDocument served = mock.spec();
      String title = served.rootNode().get("info").flatMap(i -> i.text("title")).orElse(served.root().name());
      err.println("charter mock: serving " + title + " at " + mock.baseUri()
          + (mock.serverUri().equals(mock.baseUri()) ? "" : " (and " + mock.serverUri() + ")"));
      err.println("charter mock: live docs at " + mock.baseUri() + "/_charter/docs/");
      err.flush();
    }
    env.out().println(mock.baseUri());
    env.out().flush();
    if (!handled) {
      // no signal handling on this JVM: the shutdown hook stops the server
      new CountDownLatch(1).await();
    }
    stop.await();
    err.println("charter mock: stopping (letting requests in flight finish)");
    err.flush();
    mock.close();
    long served = mock.requests();
    err.println("charter mock: stopped after " + served + (served == 1 ? " request" : " requests"));
    err.flush();
    return ExitCodes.OK;
  }

  /** Counts {@code latch} down on the named signals; false when the JVM offers no signal handling. */
  private static boolean onSignals(CountDownLatch latch, String... names) {
    try {
      for (String name : names) {
        sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> latch.countDown());
      }
      return true;
    } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
      return false;
    }
  }

  private MockLimits limits() {
    MockLimits l = MockLimits.DEFAULT;
    if (maxBodySize != null) {
      l = l.withMaxBodyBytes(maxBodySize);
    }
    if (maxHeaderSize != null) {
      l = l.withMaxHeaderBytes((int) Math.min(Integer.MAX_VALUE, maxHeaderSize));
    }
    if (maxConnections != null) {
      if (maxConnections <= 0) {
        throw new picocli.CommandLine.ParameterException(parent.spec.commandLine(), "--max-connections must be positive");
      }
      l = l.withMaxConnections(maxConnections);
    }
    if (requestTimeout != null || idleTimeout != null) {
      Duration parse = requestTimeout == null ? l.requestParseTimeout() : Duration.ofSeconds(requestTimeout);
      Duration body = requestTimeout == null ? l.bodyReadTimeout() : Duration.ofSeconds(requestTimeout);
      Duration idle = idleTimeout == null ? l.idleTimeout() : Duration.ofSeconds(idleTimeout);
      if (parse.isNegative() || parse.isZero() || idle.isNegative() || idle.isZero()) {
        throw new picocli.CommandLine.ParameterException(parent.spec.commandLine(), "timeouts must be positive");
      }
      l = l.withTimeouts(parse, body, idle);
    }
    return l;
  }
}
