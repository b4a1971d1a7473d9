package dev.charter.codegen.contract;

import dev.charter.codegen.contract.runtime.ApiRequest;
import dev.charter.codegen.contract.runtime.Credentials;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecDocument;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a user tells {@code verify}, checked the same way whichever adapter asked: the command line
 * and the Maven plugin. Problems name the setting by its command-line option name without dashes
 * ({@code max-cases}); each adapter shows it in its own spelling.
 */
public final class VerifySettings {
  public static final int MAX_CASES = 1000;
  public static final int MAX_CONCURRENCY = 16;
  public static final int MAX_TIMEOUT_SECONDS = 3600;

  /** Headers the client sets itself (framing, connection handling): a user cannot set them. */
  private static final Set<String> RESERVED_HEADERS = Set.of("host", "connection", "content-length", "expect", "upgrade");

  private VerifySettings() {}

  /** A setting that cannot be used: {@code option} is its name ({@code api-key}), {@code problem} reads after it. */
  public static final class Invalid extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String option;
    private final String problem;

    Invalid(String option, String problem) {
      super(option + " " + problem);
      this.option = option;
      this.problem = problem;
    }

    public String option() {
      return option;
    }

    public String problem() {
      return problem;
    }
  }

  /** The limits on how much verify sends and how long it waits. */
  public static void checkLimits(int maxCases, int concurrency, double timeoutSeconds) {
    if (maxCases < 0 || maxCases > MAX_CASES) {
      throw new Invalid("max-cases", "must be between 0 and " + MAX_CASES + ", not " + maxCases);
    }
    if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
      throw new Invalid("concurrency", "must be between 1 and " + MAX_CONCURRENCY + ", not " + concurrency);
    }
    if (!(timeoutSeconds > 0) || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
      throw new Invalid("timeout", "must be more than 0 and at most " + MAX_TIMEOUT_SECONDS + " seconds");
    }
  }

  /** The server's base URL: http(s), a host, an optional port and base path, nothing else. */
  public static URI server(String text) {
    try {
      URI uri = new URI(text.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawQuery() != null
          || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
        throw new Invalid("server", "must be http(s)://host[:port][/base/path], not '" + text + "'");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new Invalid("server", "is not a URL: " + e.getMessage());
    }
  }

  /** Verify checks OpenAPI specs; a problem for anything else. */
  public static Optional<Diagnostic> unsupported(SpecDocument document) {
    if (document.version().isOpenApi()) {
      return Optional.empty();
    }
    return Optional.of(new Diagnostic("verify-unsupported-spec", Severity.ERROR,
        "verify reads OpenAPI 2.0, 3.0 and 3.1 specs, not " + document.version().label(), document.root().locate("")));
  }

  /**
   * {@code base} (the environment's credentials, say) with the credentials the user gave as settings
   * added; a setting wins over the environment.
   *
   * @param basic {@code USER:PASSWORD}
   * @param apiKeys {@code NAME=VALUE} each
   * @param headers {@code Name: value} each (several lines allowed)
   */
  public static Credentials credentials(Credentials base, Optional<String> bearer, Optional<String> basic,
      List<String> apiKeys, List<String> headers) {
    Credentials c = base;
    if (bearer.isPresent()) {
      c = c.withBearer(bearer.get());
    }
    if (basic.isPresent()) {
      if (!basic.get().contains(":")) {
        throw new Invalid("basic", "takes USER:PASSWORD");
      }
      c = c.withBasic(basic.get());
    }
    for (String key : apiKeys) {
      int eq = key.indexOf('=');
      if (eq <= 0) {
        throw new Invalid("api-key", "takes NAME=VALUE, not '" + key + "'");
      }
      c = c.withApiKey(key.substring(0, eq), key.substring(eq + 1));
    }
    for (String h : headers) {
      List<ApiRequest.Header> parsed;
      try {
        parsed = Credentials.parseHeaders(h);
      } catch (IllegalArgumentException e) {
        throw new Invalid("header", "is malformed: " + e.getMessage());
      }
      for (ApiRequest.Header header : parsed) {
        if (!header.name().matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")
            || RESERVED_HEADERS.contains(header.name().toLowerCase(Locale.ROOT))) {
          throw new Invalid("header", "cannot set '" + header.name() + "'");
        }
        c = c.withHeader(header.name(), header.value());
      }
    }
    return c;
  }

  /**
   * Why the server cannot be reached, if it cannot: a server that refuses connections is a usage
   * problem (a wrong URL, a server not started), not a contract failure.
   */
  public static Optional<String> unreachable(URI base, Duration timeout) {
    int port = base.getPort() > 0 ? base.getPort() : base.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(base.getHost(), port), (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("cannot connect to " + base + " ("
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
    }
  }
}
