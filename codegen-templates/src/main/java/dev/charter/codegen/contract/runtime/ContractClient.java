package dev.charter.codegen.contract.runtime;

import dev.charter.core.model.SecurityScheme;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Sends contract-test requests to one server, adding the credentials a request's security asks for,
 * and never anywhere else: every URL is the base URL followed by the request's path, redirects are
 * not followed, and a target that would change the host is refused. Safe to share between threads.
 */
public final class ContractClient {
  /** Larger response bodies are not read (and the exchange counts as failed): contract tests are not downloads. */
  public static final int MAX_BODY_BYTES = 32 * 1024 * 1024;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private final URI base;
  private final String baseText;
  private final Credentials credentials;
  private final ContractSpec spec;
  private final Duration timeout;
  private final HttpClient http;

  public ContractClient(URI baseUrl, Credentials credentials, ContractSpec spec, Duration timeout) {
    this.base = checkBase(baseUrl);
    String text = base.toString();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    this.baseText = text;
    this.credentials = credentials;
    this.spec = spec;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(timeout)
        .build();
  }

  /**
   * The client generated tests use: the base URL from {@code -Dcharter.baseUrl} or {@code
   * CHARTER_BASE_URL}, credentials from {@link Credentials#fromEnvironment()}, the timeout in seconds
   * from {@code -Dcharter.timeout} or {@code CHARTER_TIMEOUT} (default 10).
   */
  public static ContractClient fromEnvironment(ContractSpec spec) {
    String url = System.getProperty(Credentials.BASE_URL_PROPERTY);
    if (url == null || url.isBlank()) {
      url = System.getenv(Credentials.BASE_URL_VARIABLE);
    }
    if (url == null || url.isBlank()) {
      throw new IllegalStateException("set the server to test: -D" + Credentials.BASE_URL_PROPERTY
          + "=http://host:port or " + Credentials.BASE_URL_VARIABLE + "=http://host:port");
    }
    String seconds = System.getProperty("charter.timeout");
    if (seconds == null || seconds.isBlank()) {
      seconds = System.getenv("CHARTER_TIMEOUT");
    }
    Duration timeout = seconds == null || seconds.isBlank() ? DEFAULT_TIMEOUT : Duration.ofSeconds(Long.parseLong(seconds.trim()));
    return new ContractClient(URI.create(url.trim()), Credentials.fromEnvironment(), spec, timeout);
  }

  private static URI checkBase(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new IllegalArgumentException("the server URL must be http(s)://host[:port][/base/path], not " + uri);
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("the server URL may not have a query or fragment: " + uri);
    }
    return uri;
  }

  public URI baseUrl() {
    return base;
  }

  public ContractSpec spec() {
    return spec;
  }

  /** A request as it will be sent: the URL, every header, and the curl line that reproduces it. */
  public record Prepared(URI uri, List<ApiRequest.Header> headers, String curl) {}

  /** Whether the request's security can be satisfied with the configured credentials (always, when it needs none). */
  public boolean canAuthenticate(ApiRequest request) {
    return request.security().isEmpty() || request.withholdCredentials() || chosen(request).isPresent();
  }

  /** Which credentials a request needs that are not configured, in words, for a skipped test. */
  public String missingCredentials(ApiRequest request) {
    List<String> needs = new ArrayList<>();
    for (String alternative : request.security()) {
      List<String> parts = new ArrayList<>();
      for (String name : alternative.split("\\+")) {
        Optional<SecurityScheme> s = spec.scheme(name);
        if (s.isEmpty() || supply(s.get()).isEmpty()) {
          parts.add(name + " (" + s.map(ContractClient::howToSet).orElse("not declared in the spec") + ")");
        }
      }
      needs.add(String.join(" and ", parts));
    }
    return "no credentials for " + String.join(", or ", needs);
  }

  private static String howToSet(SecurityScheme s) {
    return switch (kind(s)) {
      case "bearer" -> "set " + Credentials.BEARER_VARIABLE;
      case "basic" -> "set " + Credentials.BASIC_VARIABLE + "=user:password";
      case "apiKey" -> "set " + Credentials.API_KEY_VARIABLE_PREFIX + Credentials.normalize(s.name());
      default -> "charter cannot send " + s.type() + s.scheme().map(x -> " " + x).orElse("") + " credentials";
    };
  }

  /** bearer, basic, apiKey, or the scheme's type when charter cannot supply it. */
  private static String kind(SecurityScheme s) {
    return switch (s.type()) {
      case "apiKey" -> "apiKey";
      case "oauth2", "openIdConnect" -> "bearer";
      case "http" -> s.scheme().map(x -> x.equals("basic") || x.equals("bearer") ? x : "other").orElse("other");
      default -> "other";
    };
  }

  /** One credential to add: a header, a query parameter or a cookie, with the variable that names its value in reproducers. */
  private record Supplied(String in, String name, String value, String prefix, String variable) {}

  private Optional<Supplied> supply(SecurityScheme s) {
    switch (kind(s)) {
      case "bearer":
        return credentials.bearer().map(t -> new Supplied("header", "Authorization", "Bearer " + t, "Bearer ",
            Credentials.BEARER_VARIABLE));
      case "basic":
        return credentials.basic().map(b -> new Supplied("basic", "Authorization",
            "Basic " + Base64.getEncoder().encodeToString(b.getBytes(StandardCharsets.UTF_8)), "",
            Credentials.BASIC_VARIABLE));
      case "apiKey":
        String in = s.in().orElse("header");
        String name = s.parameterName().orElse(s.name());
        return credentials.apiKey(s.name(), name).map(v -> new Supplied(in, name, v, "",
            Credentials.API_KEY_VARIABLE_PREFIX + Credentials.normalize(s.name())));
      default:
        return Optional.empty();
    }
  }

  /** The credentials of the first alternative that can be satisfied entirely. */
  private Optional<List<Supplied>> chosen(ApiRequest request) {
    for (String alternative : request.security()) {
      List<Supplied> all = new ArrayList<>();
      boolean ok = true;
      for (String name : alternative.split("\\+")) {
        Optional<Supplied> s = spec.scheme(name).flatMap(this::supply);
        if (s.isEmpty()) {
          ok = false;
          break;
        }
        all.add(s.get());
      }
      if (ok) {
        return Optional.of(all);
      }
    }
    return Optional.empty();
  }

  /** Header names that carry credentials for some scheme of the spec: withheld from requests without credentials. */
  private Set<String> credentialHeaders() {
    Set<String> names = new LinkedHashSet<>();
    names.add("authorization");
    names.add("cookie");
    for (SecurityScheme s : spec.model().securitySchemes().values()) {
      if (s.type().equals("apiKey") && s.in().orElse("").equals("header")) {
        s.parameterName().ifPresent(n -> names.add(n.toLowerCase(Locale.ROOT)));
      }
    }
    return names;
  }

  public Prepared prepare(ApiRequest request) {
    List<ApiRequest.Header> headers = new ArrayList<>(request.headers());
    List<Curl.Option> curlHeaders = new ArrayList<>();
    for (ApiRequest.Header h : request.headers()) {
      curlHeaders.add(new Curl.Option("-H", Curl.Part.of(h.name() + ": " + h.value())));
    }
    Set<String> withheld = new java.util.HashSet<>(request.withholdCredentials() ? credentialHeaders() : Set.of());
    List<Supplied> supplied = request.withholdCredentials() ? List.of() : chosen(request).orElse(List.of());
    for (Supplied s : supplied) {
      // a scheme's own credential replaces an extra header of the same name
      if (!s.in().equals("query") && !s.in().equals("cookie")) {
        withheld.add(s.name().toLowerCase(Locale.ROOT));
      }
    }
    for (ApiRequest.Header h : credentials.headers()) {
      if (!withheld.contains(h.name().toLowerCase(Locale.ROOT))) {
        headers.add(h);
        curlHeaders.add(new Curl.Option("-H", Curl.Part.of(h.name() + ": " + h.value())));
      }
    }
    String target = request.target();
    Curl.Part url = Curl.Part.of(baseText + target);
    int cookieAt = indexOf(headers, "Cookie");
    Curl.Part cookie = cookieAt < 0 ? null : Curl.Part.of("Cookie: " + headers.get(cookieAt).value());
    String cookieValue = cookieAt < 0 ? null : headers.get(cookieAt).value();
    for (Supplied s : supplied) {
      switch (s.in()) {
        case "query" -> {
          String separator = target.contains("?") ? "&" : "?";
          target += separator + encode(s.name()) + "=" + encode(s.value());
          url = url.plus(separator + encode(s.name()) + "=").then(s.variable());
        }
        case "cookie" -> {
          String pair = s.name() + "=" + s.value();
          cookieValue = cookieValue == null ? pair : cookieValue + "; " + pair;
          cookie = (cookie == null ? Curl.Part.of("Cookie: ") : cookie.plus("; ")).plus(s.name() + "=").then(s.variable());
        }
        case "basic" -> {
          headers.add(new ApiRequest.Header(s.name(), s.value()));
          curlHeaders.add(new Curl.Option("-u", new Curl.Part(List.of()).then(s.variable())));
        }
        default -> {
          headers.add(new ApiRequest.Header(s.name(), s.value()));
          curlHeaders.add(new Curl.Option("-H", Curl.Part.of(s.name() + ": " + s.prefix()).then(s.variable())));
        }
      }
    }
    if (cookie != null) {
      if (cookieAt >= 0) {
        headers.set(cookieAt, new ApiRequest.Header("Cookie", cookieValue));
        curlHeaders.set(cookieAt, new Curl.Option("-H", cookie));
      } else {
        headers.add(new ApiRequest.Header("Cookie", cookieValue));
        curlHeaders.add(new Curl.Option("-H", cookie));
      }
    }
    URI uri = URI.create(baseText + target);
    if (!sameOrigin(uri)) {
      throw new IllegalArgumentException("refusing to send " + request + " anywhere but " + base);
    }
    String curl = Curl.command(request.method(), url, curlHeaders, request.body());
    return new Prepared(uri, List.copyOf(headers), curl);
  }

  private static int indexOf(List<ApiRequest.Header> headers, String name) {
    for (int i = 0; i < headers.size(); i++) {
      if (headers.get(i).name().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  private boolean sameOrigin(URI uri) {
    return base.getScheme().equalsIgnoreCase(uri.getScheme()) && base.getHost().equalsIgnoreCase(uri.getHost())
        && base.getPort() == uri.getPort() && uri.getRawUserInfo() == null;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Sends the request and reads the whole response; a request that gets no response gives a failed exchange. */
  public Exchange send(ApiRequest request) {
    Prepared p = prepare(request);
    HttpRequest.Builder b = HttpRequest.newBuilder(p.uri()).timeout(timeout)
        .method(request.method(), request.hasBody() ? HttpRequest.BodyPublishers.ofByteArray(request.body())
            : HttpRequest.BodyPublishers.noBody());
    for (ApiRequest.Header h : p.headers()) {
      b.header(h.name(), h.value());
    }
    try {
      HttpResponse<InputStream> response = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
      byte[] body;
      // the request timeout ends with the headers; a body that trickles in is cut off by closing its stream
      java.util.concurrent.atomic.AtomicBoolean late = new java.util.concurrent.atomic.AtomicBoolean();
      try (InputStream in = response.body()) {
        java.util.concurrent.CompletableFuture.delayedExecutor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
            .execute(() -> {
              late.set(true);
              try {
                in.close();
              } catch (IOException e) {
                // closing is all that is wanted; a stream that is already closed is fine
              }
            });
        try {
          body = in.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
          if (late.get()) {
            return Exchange.failed(request, p.uri(), p.curl(), "the body did not arrive within " + timeout.toMillis() + " ms");
          }
          throw e;
        }
      }
      if (body.length > MAX_BODY_BYTES) {
        return Exchange.failed(request, p.uri(), p.curl(), "the response body is larger than "
            + (MAX_BODY_BYTES >> 20) + " MB; it was not read");
      }
      return new Exchange(request, p.uri(), p.curl(), response.statusCode(), response.headers().map(), body,
          Optional.empty());
    } catch (HttpTimeoutException e) {
      return Exchange.failed(request, p.uri(), p.curl(), "no response within " + timeout.toMillis() + " ms");
    } catch (ConnectException e) {
      return Exchange.failed(request, p.uri(), p.curl(), "cannot connect to " + base
          + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
    } catch (IOException e) {
      return Exchange.failed(request, p.uri(), p.curl(), exchangeFailure(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Exchange.failed(request, p.uri(), p.curl(), "interrupted");
    }
  }

  /** What went wrong in words: the JDK's messages name its parser ("header parser received no bytes"). */
  static String exchangeFailure(IOException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    if (e instanceof java.io.EOFException || m.contains("received no bytes") || m.contains("closed")) {
      return "the server closed the connection without a complete response";
    }
    return "the exchange failed: " + (m.isEmpty() ? e.getClass().getSimpleName() : m);
  }
}
