package dev.charter.mock.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecLoadException;
import dev.charter.mock.MockLimits;
import dev.charter.mock.MockOptions;
import dev.charter.mock.RunningMock;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.handlers.GracefulShutdownHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.xnio.Options;

/** A mock served by Undertow: start-up, reload and graceful shutdown. */
public final class UndertowMock implements RunningMock {
  private static final long SHUTDOWN_GRACE_MILLIS = 5000;

  private final MockOptions options;
  private final MockState state;
  private final Undertow undertow;
  private final GracefulShutdownHandler graceful;
  private final MockHandler handler;
  private final RequestLog log;
  private volatile SpecWatcher watcher;
  private final int port;
  private final Object reloadLock = new Object();
  private volatile boolean closed;

  private UndertowMock(MockOptions options, ObjectMapper json) throws IOException {
    this.options = options;
    this.state = new MockState(options, null);
    this.log = new RequestLog(options.logFormat(), options.requestLog());
    ControlHandler control = new ControlHandler();
    this.handler = new MockHandler(state, json, log, control);
    control.bind(handler);
    this.graceful = new GracefulShutdownHandler(handler);
    MockLimits limits = options.limits();
    int io = limits.ioThreads() > 0 ? limits.ioThreads() : Math.max(1, Runtime.getRuntime().availableProcessors());
    this.undertow = Undertow.builder()
        .addHttpListener(options.port(), options.host())
        .setIoThreads(io)
        .setWorkerThreads(4)
        .setBufferSize(16 * 1024)
        .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, limits.maxBodyBytes())
        .setServerOption(UndertowOptions.MAX_HEADER_SIZE, limits.maxHeaderBytes())
        .setServerOption(UndertowOptions.MAX_HEADERS, limits.maxHeaders())
        // the head is bounded (64 KB), so parameters are too; 1000 refused a batch of ids
        // (?id=1&id=2…, 1001 of them in 10 KB) with a bare 400 a real server (Tomcat: 10,000) accepts
        .setServerOption(UndertowOptions.MAX_PARAMETERS, 10_000)
        .setServerOption(UndertowOptions.MAX_COOKIES, 200)
        .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, (int) limits.requestParseTimeout().toMillis())
        .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, (int) limits.idleTimeout().toMillis())
        .setServerOption(UndertowOptions.IDLE_TIMEOUT, (int) limits.idleTimeout().toMillis())
        // Browsers send | { } ^ ` and non-ASCII in queries unencoded (pipeDelimited arrays, JSON in a
        // query parameter); refusing them with a bare 400 would break the front ends a mock serves.
        .setServerOption(UndertowOptions.ALLOW_UNESCAPED_CHARACTERS_IN_URL, true)
        .setServerOption(UndertowOptions.ALWAYS_SET_DATE, true)
        .setServerOption(UndertowOptions.RECORD_REQUEST_START_TIME, false)
        .setSocketOption(Options.CONNECTION_HIGH_WATER, limits.maxConnections())
        .setSocketOption(Options.CONNECTION_LOW_WATER, Math.max(1, limits.maxConnections() * 9 / 10))
        .setSocketOption(Options.BACKLOG, 1024)
        .setHandler(graceful)
        .build();
    try {
      undertow.start();
    } catch (RuntimeException e) {
      log.close();
      throw new IOException("cannot listen on " + options.host() + ":" + options.port() + ": "
          + rootMessage(e), e);
    }
    this.port = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
  }

  /** Starts watching the spec's files, once the first model is being served. */
  private SpecWatcher watch() {
    if (options.watch() && options.source().reloadable()) {
      try {
        return new SpecWatcher(() -> state.model().document, this::reloadFromWatch);
      } catch (IOException e) {
        options.events().accept("charter mock: cannot watch the spec for changes: " + e.getMessage());
      }
    }
    return null;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /**
   * Loads the spec, prepares it and starts serving.
   *
   * @throws SpecLoadException the spec cannot be loaded
   * @throws IllegalArgumentException the spec is not one the mock can serve (AsyncAPI)
   * @throws IOException the address cannot be listened on
   */
  public static UndertowMock start(MockOptions options) throws SpecLoadException, IOException {
    ObjectMapper json = new ObjectMapper();
    // The spec is loaded and prepared while the HTTP engine starts: both take a few hundred
    // milliseconds of class loading on a cold JVM, and they do not depend on each other.
    CompletableFuture<MockModel> model = new CompletableFuture<>();
    Thread preparing = new Thread(() -> {
      try {
        model.complete(MockModel.build(options.source().load(), options, json));
      } catch (Throwable t) {
        model.completeExceptionally(t);
      }
    }, "charter-mock-prepare");
    preparing.setDaemon(true);
    preparing.start();
    UndertowMock mock;
    try {
      mock = new UndertowMock(options, json);
    } catch (IOException | RuntimeException e) {
      model.cancel(false);
      throw e;
    }
    try {
      mock.state.swap(model.join());
    } catch (CompletionException | CancellationException e) {
      mock.close();
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof SpecLoadException sle) {
        throw sle;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
    mock.state.model().notes.forEach(n -> options.events().accept("charter mock: note: " + n));
    mock.watcher = mock.watch();
    return mock;
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public URI baseUri() {
    String host = options.host();
    if (host.equals("0.0.0.0") || host.equals("::")) {
      host = "127.0.0.1";
    }
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port);
  }

  @Override
  public URI serverUri() {
    String base = state.model().firstBasePath;
    return URI.create(baseUri() + base);
  }

  @Override
  public SpecDocument spec() {
    return state.model().document;
  }

  /** The server base paths under which the spec's paths are also served. */
  public String basePaths() {
    return state.model().router.basePaths().stream().collect(Collectors.joining(", "));
  }

  public int operations() {
    return state.model().operations;
  }

  @Override
  public Reload reload() {
    synchronized (reloadLock) {
      SpecDocument doc;
      try {
        doc = options.source().load();
      } catch (SpecLoadException e) {
        String why = e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).oneLine();
        return new Reload(false, "kept the last good spec: " + why);
      }
      try {
        MockModel next = MockModel.build(doc, options, new ObjectMapper());
        state.swap(next);
        next.notes.forEach(n -> options.events().accept("charter mock: note: " + n));
        return new Reload(true, "reloaded " + options.source().describe() + " (" + next.operations + " operations)");
      } catch (RuntimeException e) {
        return new Reload(false, "kept the last good spec: " + e.getMessage());
      }
    }
  }

  private void reloadFromWatch() {
    if (!closed) {
      options.events().accept("charter mock: " + reload().message());
    }
  }

  @Override
  public long requests() {
    return handler.requests();
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (watcher != null) {
      watcher.close();
    }
    graceful.shutdown();
    try {
      graceful.awaitShutdown(SHUTDOWN_GRACE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    undertow.stop();
    log.close();
  }
}
