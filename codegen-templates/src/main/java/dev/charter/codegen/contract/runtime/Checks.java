package dev.charter.codegen.contract.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.charter.core.diag.Location;
import dev.charter.core.model.Header;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.model.MediaType;
import dev.charter.core.model.Response;
import dev.charter.core.model.SchemaView;
import dev.charter.core.validate.InstanceValidator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks of one exchange, in the style of Schemathesis, each with a stable id. A test calls the
 * checks that apply and then {@link #assertPassed()}; {@code charter verify} calls the same ones in
 * the same order and reads {@link #failures()}, so both give the same verdict for the same exchange.
 *
 * <p>Checks after the status is matched ({@link #contentType}, {@link #header}, {@link #body}) are
 * about the documented response {@link #documentedStatus} chose, and do nothing when none was
 * chosen: the status failure already says why. When no response arrived at all, the only failure is
 * {@value #REQUEST_FAILED}. Not thread-safe: one instance per exchange.
 */
public final class Checks {
  public static final String NOT_A_SERVER_ERROR = "not-a-server-error";
  public static final String POSITIVE_DATA_ACCEPTANCE = "positive-data-acceptance";
  public static final String STATUS_CODE_CONFORMANCE = "status-code-conformance";
  public static final String CONTENT_TYPE_CONFORMANCE = "content-type-conformance";
  public static final String RESPONSE_HEADERS_CONFORMANCE = "response-headers-conformance";
  public static final String RESPONSE_SCHEMA_CONFORMANCE = "response-schema-conformance";
  public static final String NEGATIVE_DATA_REJECTION = "negative-data-rejection";
  public static final String AUTH_ENFORCED = "auth-enforced";
  public static final String REQUEST_FAILED = "request-failed";

  /** Every check id, in the order a report explains them. */
  public static final List<String> ALL = List.of(NOT_A_SERVER_ERROR, POSITIVE_DATA_ACCEPTANCE, STATUS_CODE_CONFORMANCE, CONTENT_TYPE_CONFORMANCE,
      RESPONSE_HEADERS_CONFORMANCE, RESPONSE_SCHEMA_CONFORMANCE, NEGATIVE_DATA_REJECTION, AUTH_ENFORCED, REQUEST_FAILED);

  private static final int MAX_VIOLATIONS_SHOWN = 5;
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ContractSpec spec;
  private final HttpOperation operation;
  private final Exchange exchange;
  private final List<CheckFailure> failures = new ArrayList<>();
  private Response response;
  private MediaType media;

  public Checks(ContractSpec spec, HttpOperation operation, Exchange exchange) {
    this.spec = spec;
    this.operation = operation;
    this.exchange = exchange;
    if (!exchange.completed()) {
      failures.add(CheckFailure.of(REQUEST_FAILED, exchange.error().orElse("no response")));
    }
  }

  public Exchange exchange() {
    return exchange;
  }

  public HttpOperation operation() {
    return operation;
  }

  public List<CheckFailure> failures() {
    return List.copyOf(failures);
  }

  public boolean passed() {
    return failures.isEmpty();
  }

  private boolean answered() {
    return exchange.completed();
  }

  /** {@value #NOT_A_SERVER_ERROR}: no 5xx status, documented or not. */
  public Checks notAServerError() {
    if (answered() && exchange.status() >= 500) {
      failures.add(CheckFailure.of(NOT_A_SERVER_ERROR, "the server answered " + exchange.status()
          + ", a server error" + preview()));
    }
    return this;
  }

  /**
   * {@value #POSITIVE_DATA_ACCEPTANCE}: a request that follows the spec is not refused as invalid:
   * 400, 405, 406, 415 and 422 say the request itself is wrong, documented or not. Other refusals
   * are answers a valid request can get (401/403 for credentials, 404 for an id that does not
   * exist, 409 for a conflict, 429 for a rate limit). An operation that documents no success
   * response (no 2xx, no default) leaves a server nothing else to answer, so it is not judged.
   */
  public Checks accepted() {
    int status = exchange.status();
    boolean successDocumented = operation.responses().stream().anyMatch(r -> r.isSuccess() || r.isDefault());
    if (answered() && successDocumented && (status == 400 || status == 405 || status == 406 || status == 415 || status == 422)) {
      failures.add(CheckFailure.of(POSITIVE_DATA_ACCEPTANCE, "the request follows the spec, but the server refused it with "
          + status + preview()));
    }
    return this;
  }

  /**
   * {@value #STATUS_CODE_CONFORMANCE}: the status is one of the documented responses, exactly, by
   * range ({@code 2XX}) or as {@code default}, preferred in that order.
   *
   * @param documented the operation's documented responses as the spec writes them
   * @return the one the status falls under, or {@code ""} when none does
   */
  public String documentedStatus(String... documented) {
    response = null;
    media = null;
    if (!answered()) {
      return "";
    }
    int status = exchange.status();
    String chosen = null;
    for (int pass = 0; pass < 3 && chosen == null; pass++) {
      for (String d : documented) {
        boolean exact = d.equals(Integer.toString(status));
        boolean range = d.length() == 3 && d.substring(1).equalsIgnoreCase("XX") && d.charAt(0) == (char) ('0' + status / 100);
        boolean fallback = d.equals("default");
        if (pass == 0 && exact || pass == 1 && range || pass == 2 && fallback) {
          chosen = d;
          break;
        }
      }
    }
    if (chosen == null) {
      failures.add(CheckFailure.of(STATUS_CODE_CONFORMANCE, "status " + status + " is not documented for "
          + operation.display() + (documented.length == 0 ? " (the operation documents no responses)"
          : " (documented: " + String.join(", ", documented) + ")") + preview()));
      return "";
    }
    final String key = chosen;
    response = operation.responses().stream().filter(r -> r.status().equalsIgnoreCase(key)).findFirst().orElse(null);
    return chosen;
  }

  /**
   * {@value #CONTENT_TYPE_CONFORMANCE}: the response's Content-Type is one of the media types the
   * chosen response documents (parameters such as {@code charset} aside; {@code application/*} and
   * {@code *}{@code /*} match what they cover). A response without a body needs none when its
   * status is 204 or 304 or the method is HEAD.
   */
  public Checks contentType(String... documented) {
    if (!answered() || response == null) {
      return this;
    }
    Optional<String> header = exchange.header("Content-Type");
    String listed = String.join(", ", documented);
    if (header.isEmpty()) {
      boolean bodiless = exchange.status() == 204 || exchange.status() == 304 || operation.method().name().equals("HEAD");
      if (!(bodiless && exchange.bodyLength() == 0)) {
        failures.add(located(CONTENT_TYPE_CONFORMANCE, "the " + response.status() + " response has no Content-Type; "
            + "documented: " + listed, null));
      }
      return this;
    }
    String essence = essence(header.get());
    if (essence.indexOf('/') <= 0 || essence.endsWith("/")) {
      failures.add(located(CONTENT_TYPE_CONFORMANCE, "Content-Type '" + header.get() + "' is not a media type", null));
      return this;
    }
    String matched = null;
    for (String d : documented) {
      if (essence(d).equals(essence)) {
        matched = d;
        break;
      }
    }
    if (matched == null) {
      for (String d : documented) {
        if (covers(essence(d), essence)) {
          matched = d;
          break;
        }
      }
    }
    if (matched == null) {
      failures.add(located(CONTENT_TYPE_CONFORMANCE, "Content-Type " + header.get() + " is not documented for the "
          + response.status() + " response (documented: " + listed + ")", null));
      return this;
    }
    media = response.mediaType(matched).orElse(null);
    return this;
  }

  /**
   * {@value #RESPONSE_HEADERS_CONFORMANCE}: a required header is present, and a header that is
   * present has a value its schema allows (read as the schema's type: {@code "12"} is the integer
   * 12, {@code "a, b"} an array of two).
   */
  public Checks header(String name, boolean required) {
    if (!answered() || response == null) {
      return this;
    }
    Optional<String> value = exchange.joinedHeader(name);
    Header documented = response.headers().stream().filter(h -> h.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    if (value.isEmpty()) {
      if (required) {
        failures.add(new CheckFailure(RESPONSE_HEADERS_CONFORMANCE, "the required header " + name + " is missing from the "
            + response.status() + " response", Optional.of(response.status()), Optional.empty(), Optional.of(name), List.of()));
      }
      return this;
    }
    if (documented == null || documented.schema().isEmpty()) {
      return this;
    }
    SchemaView schema = documented.schema().get();
    List<InstanceValidator.Violation> violations = spec.validator().validate(schema, headerValue(value.get(), schema),
        InstanceValidator.Direction.RESPONSE);
    if (!violations.isEmpty()) {
      failures.add(new CheckFailure(RESPONSE_HEADERS_CONFORMANCE, "the header " + name + ": " + value.get()
          + " does not match its schema: " + violations.get(0).message(), Optional.of(response.status()), Optional.empty(),
          Optional.of(name), violations.stream().map(InstanceValidator.Violation::schemaLocation).toList()));
    }
    return this;
  }

  /**
   * {@value #RESPONSE_SCHEMA_CONFORMANCE}: the body matches the schema of the media type {@link
   * #contentType} matched, read with the response's rules ({@code writeOnly} members may not
   * appear). JSON bodies (and {@code +json}) are parsed; a text body is checked as a string; other
   * media types are not read. A 204 or 304 response, or one to HEAD, has no body to check.
   */
  public Checks body() {
    if (!answered() || response == null || media == null || media.schema().isEmpty()) {
      return this;
    }
    SchemaView schema = media.schema().get();
    if (schema.acceptsAnything()) {
      return this;
    }
    String actual = essence(exchange.header("Content-Type").orElse(media.mediaType()));
    JsonNode value;
    boolean bodiless = exchange.status() == 204 || exchange.status() == 304 || operation.method().name().equals("HEAD");
    if (bodiless && exchange.bodyLength() == 0) {
      // HTTP forbids a body here, whatever the spec documents
      return this;
    }
    if (isJson(actual)) {
      if (exchange.bodyLength() == 0) {
        failures.add(located(RESPONSE_SCHEMA_CONFORMANCE, "the body of the " + response.status() + " " + media.mediaType()
            + " response is empty; the spec documents a schema for it", List.of()));
        return this;
      }
      try {
        value = JSON.readTree(exchange.body());
      } catch (JsonProcessingException e) {
        failures.add(located(RESPONSE_SCHEMA_CONFORMANCE, "the body of the " + response.status() + " response is not JSON: "
            + e.getOriginalMessage() + preview(), List.of()));
        return this;
      } catch (java.io.IOException e) {
        failures.add(located(RESPONSE_SCHEMA_CONFORMANCE, "the body could not be read: " + e.getMessage(), List.of()));
        return this;
      }
    } else if (actual.startsWith("text/") && schema.mainType().map(t -> t.equals("string")).orElse(false)) {
      value = NODES.textNode(exchange.bodyText());
    } else {
      return this;
    }
    List<InstanceValidator.Violation> violations = spec.validator().validate(schema, value, InstanceValidator.Direction.RESPONSE);
    if (violations.isEmpty()) {
      return this;
    }
    StringBuilder sb = new StringBuilder("the body does not match the schema of the ").append(response.status())
        .append(' ').append(media.mediaType()).append(" response:");
    for (int i = 0; i < Math.min(MAX_VIOLATIONS_SHOWN, violations.size()); i++) {
      InstanceValidator.Violation v = violations.get(i);
      sb.append("\n  - ").append(v.instancePointer().isEmpty() ? "the body" : v.instancePointer()).append(": ").append(v.message());
    }
    if (violations.size() > MAX_VIOLATIONS_SHOWN) {
      sb.append("\n  - and ").append(violations.size() - MAX_VIOLATIONS_SHOWN).append(" more");
    }
    failures.add(located(RESPONSE_SCHEMA_CONFORMANCE, sb.toString(),
        violations.stream().map(InstanceValidator.Violation::schemaLocation).toList()));
    return this;
  }

  /**
   * {@value #NEGATIVE_DATA_REJECTION}: a request that breaks the spec is answered with a 4xx status
   * (a 5xx is {@value #NOT_A_SERVER_ERROR}'s concern).
   *
   * @param why what is wrong with the request, for the message
   */
  public Checks rejected(String why) {
    if (answered() && exchange.status() < 400) {
      failures.add(CheckFailure.of(NEGATIVE_DATA_REJECTION, "the request is invalid (" + why + "), but the server accepted it with "
          + exchange.status() + "; a 4xx status was expected"));
    }
    return this;
  }

  /**
   * {@value #AUTH_ENFORCED}: a request sent without credentials to an operation that requires them
   * is answered with 401 or 403 (a 5xx is {@value #NOT_A_SERVER_ERROR}'s concern).
   */
  public Checks authRejected() {
    int status = exchange.status();
    if (answered() && status != 401 && status != 403 && status < 500) {
      failures.add(CheckFailure.of(AUTH_ENFORCED, "sent without credentials, the request got " + status
          + " instead of 401 or 403, but " + operation.display() + " requires authentication"));
    }
    return this;
  }

  /** Throws an {@link AssertionError} that lists every failed check and the curl line that reproduces the request. */
  public void assertPassed() {
    if (!failures.isEmpty()) {
      throw new AssertionError(report());
    }
  }

  /** The failures, the response in brief and the reproducer, for a test failure. */
  public String report() {
    StringBuilder sb = new StringBuilder();
    sb.append(operation.display()).append(": ").append(failures.size()).append(failures.size() == 1 ? " check" : " checks")
        .append(" failed");
    for (CheckFailure f : failures) {
      sb.append("\n[").append(f.check()).append("] ").append(f.message());
    }
    if (answered()) {
      sb.append("\nresponse: ").append(exchange.status()).append(exchange.header("Content-Type").map(c -> ", " + c).orElse(""));
    }
    sb.append("\nreproduce: ").append(exchange.curl());
    return sb.toString();
  }

  private CheckFailure located(String check, String message, List<Location> schemas) {
    return new CheckFailure(check, message, Optional.ofNullable(response).map(Response::status),
        Optional.ofNullable(media).map(MediaType::mediaType), Optional.empty(), schemas == null ? List.of() : schemas);
  }

  private String preview() {
    if (exchange.bodyLength() == 0) {
      return "";
    }
    return "; body: " + exchange.bodyPreview(200);
  }

  /** {@code application/json; charset=utf-8} → {@code application/json}. */
  public static String essence(String contentType) {
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  /** JSON and the JSON-based types ({@code application/problem+json}, …). */
  public static boolean isJson(String essence) {
    return essence.equals("application/json") || essence.endsWith("+json") || essence.endsWith("/json");
  }

  /** Whether a documented range ({@code text/*}, {@code *}{@code /*}) covers {@code actual}. */
  private static boolean covers(String range, String actual) {
    if (range.equals("*/*") || range.equals("*")) {
      return true;
    }
    if (range.endsWith("/*")) {
      return actual.startsWith(range.substring(0, range.length() - 1));
    }
    return false;
  }

  /** A header value typed by its schema, as the checks validate it. */
  static JsonNode headerValue(String text, SchemaView schema) {
    String type = schema.mainType().orElse("string");
    if (type.equals("array")) {
      ArrayNode a = NODES.arrayNode();
      SchemaView items = schema.items().orElse(null);
      for (String part : text.split(",", -1)) {
        a.add(items == null ? NODES.textNode(part.trim()) : headerValue(part.trim(), items));
      }
      return a;
    }
    String t = text.trim();
    try {
      return switch (type) {
        case "integer" -> NODES.numberNode(new BigInteger(t));
        case "number" -> NODES.numberNode(new BigDecimal(t));
        case "boolean" -> t.equals("true") ? NODES.booleanNode(true) : t.equals("false") ? NODES.booleanNode(false) : NODES.textNode(text);
        default -> NODES.textNode(text);
      };
    } catch (NumberFormatException e) {
      return NODES.textNode(text);
    }
  }
}
