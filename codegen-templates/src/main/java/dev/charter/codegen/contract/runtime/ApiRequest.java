package dev.charter.codegen.contract.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One request of a contract test, exactly as it goes on the wire apart from the server and the
 * credentials: the method, the path with its query string (already serialised and percent-encoded),
 * the headers, the body, and which security schemes must be satisfied for it ({@link #security()}:
 * alternatives, each a {@code +}-joined list of scheme names; empty when it is sent without
 * credentials). Immutable: every {@code with…} method returns a new request.
 *
 * <p>A request that checks that credentials are required {@linkplain #withoutCredentials() withholds}
 * them: the configured extra headers that could carry credentials are not sent either.
 *
 * @param target the path and query, starting with {@code /}, relative to the server's base URL
 * @param body the body bytes, or null for none
 */
public record ApiRequest(String method, String target, List<Header> headers, byte[] body, List<String> security,
    boolean withholdCredentials) {

  /** A request header. */
  public record Header(String name, String value) {
    public Header {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }

  public ApiRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(target, "target");
    if (!target.startsWith("/") || target.startsWith("//")) {
      throw new IllegalArgumentException("a request target is a path starting with one '/': " + target);
    }
    headers = List.copyOf(headers);
    security = List.copyOf(security);
    body = body == null ? null : body.clone();
  }

  /** A request without headers, body or credentials. */
  public static ApiRequest to(String method, String target) {
    return new ApiRequest(method.toUpperCase(Locale.ROOT), target, List.of(), null, List.of(), false);
  }

  public ApiRequest header(String name, String value) {
    List<Header> h = new ArrayList<>(headers);
    h.add(new Header(name, value));
    return new ApiRequest(method, target, h, body, security, withholdCredentials);
  }

  /** The body, sent with {@code Content-Type: contentType}; the text is sent as UTF-8. */
  public ApiRequest body(String contentType, String text) {
    return header("Content-Type", contentType).withBody(text.getBytes(StandardCharsets.UTF_8));
  }

  public ApiRequest withBody(byte[] bytes) {
    return new ApiRequest(method, target, headers, bytes, security, withholdCredentials);
  }

  /**
   * Which credentials to send: the first alternative the configured credentials can satisfy. Each
   * alternative names one scheme, or several joined by {@code +} that are all needed together.
   */
  public ApiRequest security(String... alternatives) {
    return new ApiRequest(method, target, headers, body, List.of(alternatives), false);
  }

  /** The same request sent with no credentials at all: for checking that the server asks for them. */
  public ApiRequest withoutCredentials() {
    return new ApiRequest(method, target, headers, body, List.of(), true);
  }

  /** The same request with the headers named removed (case-insensitively). */
  public ApiRequest withoutHeaders(java.util.Collection<String> names) {
    List<Header> h = new ArrayList<>();
    for (Header x : headers) {
      if (names.stream().noneMatch(n -> n.equalsIgnoreCase(x.name()))) {
        h.add(x);
      }
    }
    return new ApiRequest(method, target, h, body, security, withholdCredentials);
  }

  @Override
  public byte[] body() {
    return body == null ? null : body.clone();
  }

  public boolean hasBody() {
    return body != null;
  }

  /** The body as text (the generated bodies are UTF-8). */
  public Optional<String> bodyText() {
    return body == null ? Optional.empty() : Optional.of(new String(body, StandardCharsets.UTF_8));
  }

  /** The first header of that name (case-insensitive). */
  public Optional<String> header(String name) {
    return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApiRequest r && r.method.equals(method) && r.target.equals(target) && r.headers.equals(headers)
        && java.util.Arrays.equals(r.body, body) && r.security.equals(security)
        && r.withholdCredentials == withholdCredentials;
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, target, headers, java.util.Arrays.hashCode(body), security, withholdCredentials);
  }

  @Override
  public String toString() {
    return method + " " + target;
  }
}
