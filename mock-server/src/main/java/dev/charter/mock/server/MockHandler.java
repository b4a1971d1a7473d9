package dev.charter.mock.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.core.model.HttpMethod;
import dev.charter.core.sample.SampleGenerator;
import dev.charter.mock.CorsPolicy;
import dev.charter.mock.MockOptions;
import dev.charter.mock.negotiate.ContentNegotiator;
import dev.charter.mock.negotiate.Preference;
import dev.charter.mock.respond.PreparedContent;
import dev.charter.mock.respond.PreparedResponse;
import dev.charter.mock.respond.Problem;
import dev.charter.mock.respond.ResponsePreparer;
import dev.charter.mock.router.Router;
import dev.charter.mock.validate.BodyReader;
import dev.charter.mock.validate.RequestViolation;
import dev.charter.mock.validate.SecurityCheck;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.xnio.IoUtils;
import org.xnio.XnioExecutor;

/**
 * Answers every request, on the I/O thread that read it: CORS preflight, the control endpoints
 * under {@code /_charter/}, then for an API request: route (404, 405 with {@code Allow}),
 * security (401/403), request media type (415), parameters and body against the contract
 * (the operation's own 400/422, else 422 problem+json), response media type (406), and finally the
 * documented response chosen by status, {@code Prefer} and {@code Accept}, from bytes prepared
 * when the spec was loaded. An explicit {@code Prefer: code=4xx/5xx} is served as asked, past the
 * checks. Each request is logged once.
 */
final class MockHandler implements HttpHandler {
  static final HttpString VIOLATIONS = new HttpString("Charter-Violations");
  private static final int VIOLATIONS_HEADER_MAX = 8 * 1024;
  private static final HttpString ALLOW_ORIGIN = new HttpString("Access-Control-Allow-Origin");
  private static final HttpString ALLOW_METHODS = new HttpString("Access-Control-Allow-Methods");
  private static final HttpString ALLOW_HEADERS = new HttpString("Access-Control-Allow-Headers");
  private static final HttpString ALLOW_CREDENTIALS = new HttpString("Access-Control-Allow-Credentials");
  private static final HttpString EXPOSE_HEADERS = new HttpString("Access-Control-Expose-Headers");
  private static final HttpString MAX_AGE = new HttpString("Access-Control-Max-Age");
  private static final HttpString REQUEST_METHOD = new HttpString("Access-Control-Request-Method");
  private static final HttpString REQUEST_HEADERS = new HttpString("Access-Control-Request-Headers");
  private static final HttpString PREFER = new HttpString("Prefer");
  private static final String EXPOSED = "Charter-Violations, Location, Link, ETag, WWW-Authenticate";
  private static final Map<HttpString, HttpMethod> METHODS = Map.of(Methods.GET, HttpMethod.GET, Methods.PUT,
      HttpMethod.PUT, Methods.POST, HttpMethod.POST, Methods.DELETE, HttpMethod.DELETE, Methods.OPTIONS,
      HttpMethod.OPTIONS, Methods.HEAD, HttpMethod.HEAD, Methods.PATCH, HttpMethod.PATCH, Methods.TRACE,
      HttpMethod.TRACE);

  private final MockState state;
  private final MockOptions options;
  private final ObjectMapper json;
  private final RequestLog log;
  private final ControlHandler control;
  private final ResponsePreparer serializer;
  private final LongAdder requests = new LongAdder();

  MockHandler(MockState state, ObjectMapper json, RequestLog log, ControlHandler control) {
    this.state = state;
    this.options = state.options();
    this.json = json;
    this.log = log;
    this.control = control;
    this.serializer = new ResponsePreparer(json);
  }

  long requests() {
    return requests.sum();
  }

  @Override
  public void handleRequest(HttpServerExchange ex) {
    long start = System.nanoTime();
    requests.increment();
    try {
      route(ex, start);
    } catch (RuntimeException | StackOverflowError e) {
      options.events().accept("charter mock: error answering " + ex.getRequestMethod() + " " + ex.getRequestPath()
          + ": " + e);
      if (!ex.isResponseStarted()) {
        problem(ex, start, Problem.Kind.INTERNAL, "the mock could not answer this request: "
            + e.getClass().getSimpleName(), List.of(), "error");
      } else {
        IoUtils.safeClose(ex.getConnection());
      }
    }
  }

  private void route(HttpServerExchange ex, long start) {
    HeaderMap in = ex.getRequestHeaders();
    HttpString verb = ex.getRequestMethod();
    CorsPolicy cors = options.cors();
    String origin = cors.enabled() ? in.getFirst(Headers.ORIGIN) : null;
    if (origin != null) {
      String allowed = cors.allowOrigin(origin);
      if (allowed != null) {
        HeaderMap out = ex.getResponseHeaders();
        out.put(ALLOW_ORIGIN, allowed);
        out.put(EXPOSE_HEADERS, EXPOSED);
        if (!cors.anyOrigin()) {
          out.put(ALLOW_CREDENTIALS, "true");
          out.add(Headers.VARY, "Origin");
        }
        if (verb.equals(Methods.OPTIONS) && in.contains(REQUEST_METHOD)) {
          preflight(ex, start, in);
          return;
        }
      }
    }
    if (ControlHandler.handles(ex.getRequestPath())) {
      control.handle(ex, state.model(), start);
      return;
    }
    // Routed as sent: the HTTP engine's decoded path has lost ;name=value (OpenAPI's matrix style)
    // and cannot tell an encoded slash inside a parameter from a separator.
    String path = rawPath(ex);
    MockModel model = state.model();
    if (model == null) {
      // listening already, the spec still being prepared (a few hundred ms at start-up)
      ex.getResponseHeaders().put(Headers.RETRY_AFTER, "1");
      send(ex, start, 503, null, null, "starting");
      return;
    }
    HttpMethod method = METHODS.get(verb);
    Router.Match<MockOperation> match = model.router.find(path, method == null ? HttpMethod.GET : method);
    if (match == null) {
      problem(ex, start, Problem.Kind.NO_ROUTE, "no path of the contract matches " + path
          + (model.router.basePaths().isEmpty() ? "" : " (served with and without " + String.join(", ",
              model.router.basePaths()) + ")"), List.of(), "no-route");
      return;
    }
    Router.Entry<MockOperation> entry = method == null ? null : match.entry(method);
    if (entry == null && method == HttpMethod.HEAD) {
      entry = match.entry(HttpMethod.GET);
    }
    if (entry == null) {
      String allow = allow(match.allowed());
      ex.getResponseHeaders().put(Headers.ALLOW, allow);
      if (method == HttpMethod.OPTIONS) {
        send(ex, start, 204, null, null, "options");
        return;
      }
      problem(ex, start, Problem.Kind.METHOD_NOT_ALLOWED, path + " documents " + allow + ", not " + verb,
          List.of(), "method-not-allowed");
      return;
    }
    MockOperation op = entry.target();
    ExchangeRequest request = new ExchangeRequest(ex, match.parameters(entry));
    Preference preference = preference(ex, in);
    int forced = forcedError(preference);
    if (forced > 0) {
      respond(ex, start, op, preference, forced, "preferred");
      return;
    }
    Optional<SecurityCheck.Failure> denied = op.security().check(request);
    if (denied.isPresent()) {
      security(ex, start, op, denied.get());
      return;
    }
    BodyReader reader = null;
    boolean hasBody = ex.getRequestContentLength() > 0 || in.contains(Headers.TRANSFER_ENCODING);
    if (hasBody && op.requests().acceptsBody()) {
      String contentType = in.getFirst(Headers.CONTENT_TYPE);
      reader = contentType == null ? null : op.requests().bodyFor(contentType).orElse(null);
      if (reader == null) {
        List<String> consumes = op.requests().consumes();
        problem(ex, start, Problem.Kind.UNSUPPORTED_MEDIA_TYPE, (contentType == null ? "the request has no Content-Type"
            : "Content-Type " + contentType + " is not documented") + "; " + op.key() + " accepts "
            + String.join(", ", consumes), List.of(), "unsupported-media-type");
        return;
      }
    }
    List<RequestViolation> violations = op.requests().checkParameters(request);
    if (reader != null) {
      readBody(ex, start, op, preference, reader, violations, in.getFirst(Headers.CONTENT_TYPE));
      return;
    }
    if (!hasBody && op.requests().bodyRequired()) {
      violations = concat(violations, op.requests().checkMissingBody());
    }
    finish(ex, start, op, preference, violations);
  }

  /** The request path as the client sent it, percent-encoded, without the query (and without scheme and host). */
  private static String rawPath(HttpServerExchange ex) {
    String uri = ex.getRequestURI();
    if (uri.startsWith("/")) {
      return uri;
    }
    int scheme = uri.indexOf("://");
    int slash = scheme < 0 ? -1 : uri.indexOf('/', scheme + 3);
    return slash < 0 ? "/" : uri.substring(slash);
  }

  /** A 4xx/5xx asked for with {@code Prefer: code=…}: the client wants to see that response, whatever it sends. */
  private static int forcedError(Preference p) {
    if (p.code().isEmpty()) {
      return 0;
    }
    try {
      int code = Integer.parseInt(p.code().get().trim());
      return code >= 400 && code <= 599 ? code : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private void readBody(HttpServerExchange ex, long start, MockOperation op, Preference preference, BodyReader reader,
      List<RequestViolation> paramViolations, String contentType) {
    BodyDeadline deadline = new BodyDeadline();
    ex.getRequestReceiver().receiveFullBytes((exchange, body) -> {
      deadline.done();
      List<RequestViolation> violations = concat(paramViolations, op.requests().checkBody(reader, body, contentType));
      finish(exchange, start, op, preference, violations);
    }, (exchange, error) -> {
      deadline.done();
      if (exchange.isResponseStarted()) {
        IoUtils.safeClose(exchange.getConnection());
        return;
      }
      exchange.setPersistent(false);
      if (error instanceof RequestTooBigException) {
        problem(exchange, start, Problem.Kind.BODY_TOO_LARGE, "the request body is larger than "
            + options.limits().maxBodyBytes() + " bytes", List.of(), "too-large");
      } else {
        problem(exchange, start, Problem.Kind.BODY_NOT_READ, "the request body could not be read: "
            + error.getMessage(), List.of(), "unreadable");
      }
    });
    // Usually the body came with the head and was handled above; only a body still on its way
    // gets a deadline.
    deadline.arm(ex);
  }

  /**
   * Closes the connection of a client that takes longer than the limit to send its body. Armed
   * and completed on the connection's I/O thread, so it needs no synchronisation.
   */
  private final class BodyDeadline {
    private boolean done;
    private XnioExecutor.Key key;

    void arm(HttpServerExchange ex) {
      if (done) {
        return;
      }
      key = ex.getIoThread().executeAfter(() -> {
        options.events().accept("charter mock: closed a connection from " + ex.getSourceAddress()
            + " that took longer than " + options.limits().bodyReadTimeout().toMillis() + " ms to send its body");
        IoUtils.safeClose(ex.getConnection());
      }, options.limits().bodyReadTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    void done() {
      done = true;
      if (key != null) {
        key.remove();
      }
    }
  }

  private void finish(HttpServerExchange ex, long start, MockOperation op, Preference preference,
      List<RequestViolation> violations) {
    if (!violations.isEmpty()) {
      invalid(ex, start, op, violations);
      return;
    }
    respond(ex, start, op, preference, 0, "valid");
  }

  /** The documented response for a valid request (or the error response a Prefer header asked for). */
  private void respond(HttpServerExchange ex, long start, MockOperation op, Preference preference, int forcedCode,
      String outcome) {
    PreparedResponse response;
    if (preference.code().isPresent()) {
      int code = forcedCode > 0 ? forcedCode : parseCode(preference.code().get());
      response = code < 0 ? null : op.forCode(code);
      if (response == null) {
        problem(ex, start, Problem.Kind.NO_RESPONSE_DEFINED, op.key() + " documents no response for status "
            + preference.code().get() + " (documented: " + documented(op) + ")", List.of(), outcome);
        return;
      }
    } else {
      response = op.success();
    }
    if (response == null) {
      send(ex, start, 200, null, null, outcome);
      return;
    }
    HeaderMap out = ex.getResponseHeaders();
    if (!response.hasBody()) {
      headers(out, response);
      send(ex, start, response.status(), null, null, outcome);
      return;
    }
    int chosen = ContentNegotiator.choose(ex.getRequestHeaders().getFirst(Headers.ACCEPT), response.offered());
    if (chosen < 0) {
      problem(ex, start, Problem.Kind.NOT_ACCEPTABLE, "Accept: " + ex.getRequestHeaders().getFirst(Headers.ACCEPT)
          + " admits none of " + response.offered().stream().map(Object::toString).collect(Collectors.joining(", ")),
          List.of(), "not-acceptable");
      return;
    }
    PreparedContent content = response.contents().get(chosen);
    ByteBuffer body;
    if (preference.example().isPresent()) {
      body = content.body(preference.example().get());
      if (body == null) {
        problem(ex, start, Problem.Kind.NO_EXAMPLE_DEFINED, "the " + response.response().status() + " "
            + content.contentType() + " response of " + op.key() + " has no example named '"
            + preference.example().get() + "' (it has: " + examples(content) + ")", List.of(), outcome);
        return;
      }
    } else if (preference.dynamic().orElse(options.dynamic()) && content.schema().isPresent()) {
      body = generated(ex, op, response, content);
    } else {
      body = content.defaultBody();
    }
    headers(out, response);
    send(ex, start, response.status(), content.contentType(), body, outcome);
  }

  private static int parseCode(String code) {
    try {
      return Integer.parseInt(code.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String documented(MockOperation op) {
    List<String> codes = new ArrayList<>();
    op.responses().forEach(r -> codes.add(r.response().status()));
    return codes.isEmpty() ? "none" : String.join(", ", codes);
  }

  private static String examples(PreparedContent content) {
    List<String> names = content.examples().keySet().stream().filter(n -> !n.isEmpty()).toList();
    return names.isEmpty() ? "none" : String.join(", ", names);
  }

  /**
   * A value generated from the schema for this request. With a seed, the same request (method,
   * path and query) gets the same value on every run; without one, every request gets a new one.
   */
  private ByteBuffer generated(HttpServerExchange ex, MockOperation op, PreparedResponse response,
      PreparedContent content) {
    long seed;
    if (options.seed().isPresent()) {
      seed = options.seed().getAsLong() * 1_000_003L + op.key().hashCode() * 31L + response.status();
      seed = seed * 31 + ex.getRequestPath().hashCode();
      seed = seed * 31 + ex.getQueryString().hashCode();
    } else {
      seed = ThreadLocalRandom.current().nextLong();
    }
    SampleGenerator generator = new SampleGenerator(SampleGenerator.Options.random(seed,
        SampleGenerator.Direction.RESPONSE));
    JsonNode value = generator.generate(content.schema().get());
    return ByteBuffer.wrap(serializer.bytes(value, content.range()));
  }

  private static void headers(HeaderMap out, PreparedResponse response) {
    for (PreparedResponse.HeaderValue h : response.headers()) {
      out.put(h.name(), h.value());
    }
  }

  /** An invalid request: the operation's own 400/422 with the violations in a header, else 422 problem+json. */
  private void invalid(HttpServerExchange ex, long start, MockOperation op, List<RequestViolation> violations) {
    String outcome = "invalid(" + violations.size() + ")";
    PreparedResponse own = op.invalid();
    if (own != null) {
      ex.getResponseHeaders().put(VIOLATIONS, Problem.header(violations, VIOLATIONS_HEADER_MAX));
      sendDocumented(ex, start, own, outcome);
      return;
    }
    problem(ex, start, Problem.Kind.INVALID_REQUEST, summary(violations), violations, outcome);
  }

  private void security(HttpServerExchange ex, long start, MockOperation op, SecurityCheck.Failure failure) {
    HeaderMap out = ex.getResponseHeaders();
    for (String challenge : failure.challenges()) {
      out.add(Headers.WWW_AUTHENTICATE, failure.status() == 403 && challenge.startsWith("Bearer")
          ? challenge + ", error=\"insufficient_scope\"" : challenge);
    }
    RequestViolation v = new RequestViolation("security", failure.scheme(), "", failure.message(),
        failure.status() == 403 ? "scopes" : "credentials", failure.location());
    PreparedResponse own = failure.status() == 403 ? op.forbidden() : op.unauthorized();
    String outcome = failure.status() == 403 ? "forbidden" : "unauthorized";
    if (own != null) {
      out.put(VIOLATIONS, Problem.header(List.of(v), VIOLATIONS_HEADER_MAX));
      sendDocumented(ex, start, own, outcome);
      return;
    }
    problem(ex, start, failure.status() == 403 ? Problem.Kind.FORBIDDEN : Problem.Kind.UNAUTHORIZED,
        failure.message(), List.of(v), outcome);
  }

  /** A documented (error) response with its default example, in the media type Accept prefers, else the first. */
  private void sendDocumented(HttpServerExchange ex, long start, PreparedResponse response, String outcome) {
    headers(ex.getResponseHeaders(), response);
    if (!response.hasBody()) {
      send(ex, start, response.status(), null, null, outcome);
      return;
    }
    int chosen = ContentNegotiator.choose(ex.getRequestHeaders().getFirst(Headers.ACCEPT), response.offered());
    PreparedContent content = response.contents().get(Math.max(chosen, 0));
    send(ex, start, response.status(), content.contentType(), content.defaultBody(), outcome);
  }

  private static String summary(List<RequestViolation> violations) {
    String first = violations.get(0).message();
    return violations.size() == 1 ? first : violations.size() + " violations; first: " + first;
  }

  private void preflight(HttpServerExchange ex, long start, HeaderMap in) {
    HeaderMap out = ex.getResponseHeaders();
    String requested = in.getFirst(REQUEST_METHOD);
    MockModel model = state.model();
    HttpMethod m = METHODS.get(new HttpString(requested == null ? "GET" : requested));
    Router.Match<MockOperation> match = model == null ? null
        : model.router.find(rawPath(ex), m == null ? HttpMethod.GET : m);
    out.put(ALLOW_METHODS, match == null ? requested : allow(match.allowed()));
    String headers = in.getFirst(REQUEST_HEADERS);
    if (headers != null) {
      out.put(ALLOW_HEADERS, headers);
    }
    out.put(MAX_AGE, "600");
    out.add(Headers.VARY, "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
    send(ex, start, 204, null, null, "preflight");
  }

  private static String allow(Set<HttpMethod> methods) {
    EnumSet<HttpMethod> all = methods.isEmpty() ? EnumSet.noneOf(HttpMethod.class) : EnumSet.copyOf(methods);
    if (all.contains(HttpMethod.GET)) {
      all.add(HttpMethod.HEAD);
    }
    all.add(HttpMethod.OPTIONS);
    return all.stream().map(Enum::name).collect(Collectors.joining(", "));
  }

  private Preference preference(HttpServerExchange ex, HeaderMap in) {
    Preference p = in.contains(PREFER) ? Preference.parse(in.get(PREFER)) : Preference.NONE;
    Map<String, Deque<String>> query = ex.getQueryParameters();
    if (!query.isEmpty()) {
      p = queryPreference(p, query, "__code", "code");
      p = queryPreference(p, query, "__example", "example");
      p = queryPreference(p, query, "__dynamic", "dynamic");
    }
    return p;
  }

  private static Preference queryPreference(Preference p, Map<String, Deque<String>> query, String param, String name) {
    Deque<String> v = query.get(param);
    return v == null || v.isEmpty() ? p : p.with(name, v.getFirst());
  }

  void problem(HttpServerExchange ex, long start, Problem.Kind kind, String detail, List<RequestViolation> violations,
      String outcome) {
    byte[] body = Problem.json(kind, detail, pathAndQuery(ex), violations);
    send(ex, start, kind.status, Problem.MEDIA_TYPE, ByteBuffer.wrap(body), outcome);
  }

  void send(HttpServerExchange ex, long start, int status, String contentType, ByteBuffer body, String outcome) {
    ex.setStatusCode(status);
    if (body != null) {
      ex.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
      ex.getResponseSender().send(body);
    } else {
      if (status != 204 && status != 304) {
        // RFC 9110 forbids Content-Length on 204 and 304; every other empty answer says it is empty
        ex.getResponseHeaders().put(Headers.CONTENT_LENGTH, 0);
      }
      ex.endExchange();
    }
    if (log.enabled()) {
      log.record(ex.getRequestMethod().toString(), pathAndQuery(ex), status, System.nanoTime() - start, outcome);
    }
  }

  /** The request's path and query as sent: a problem's {@code instance}, a log line's path. */
  private static String pathAndQuery(HttpServerExchange ex) {
    String query = ex.getQueryString();
    return query.isEmpty() ? rawPath(ex) : rawPath(ex) + "?" + query;
  }

  private static List<RequestViolation> concat(List<RequestViolation> a, List<RequestViolation> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    List<RequestViolation> out = new ArrayList<>(a.size() + b.size());
    out.addAll(a);
    out.addAll(b);
    return out;
  }
}
