package dev.charter.codegen.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * {@code contract/inventory.yaml} implemented by hand, over real HTTP: correctly, or with one
 * deliberate fault ({@link Fault}) that exactly one check must catch. Independent of charter's own
 * parameter and schema code, so that a test against it checks the engine, not the engine against
 * itself.
 */
final class InventoryServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NAME = Pattern.compile("^[A-Za-z ]+$");
  private static final Pattern REQUEST_ID = Pattern.compile("^[a-f0-9]{8}$");
  private static final Set<String> TAGS = Set.of("new", "sale");

  /** What the server gets wrong, and the check that must notice. */
  enum Fault {
    /** Nothing: every case passes. */
    NONE(),
    /** GET /items/{itemId} sends {@code price} as a string: response-schema-conformance. */
    BODY_BREAKS_SCHEMA("response-schema-conformance"),
    /** GET /items fails with an undocumented 500: not-a-server-error, and status-code-conformance. */
    SERVER_ERROR("not-a-server-error", "status-code-conformance"),
    /** POST /items answers 200 instead of the documented 201: status-code-conformance. */
    UNDOCUMENTED_STATUS("status-code-conformance"),
    /** GET /items/{itemId} answers as text/plain: content-type-conformance. */
    WRONG_CONTENT_TYPE("content-type-conformance"),
    /** GET /items leaves out the required X-Total header: response-headers-conformance. */
    MISSING_HEADER("response-headers-conformance"),
    /** POST /items refuses every body with its documented 400: positive-data-acceptance. */
    REJECTS_VALID("positive-data-acceptance"),
    /** Invalid input is accepted everywhere: negative-data-rejection. */
    ACCEPTS_INVALID("negative-data-rejection"),
    /** Credentials are never checked: auth-enforced. */
    IGNORES_AUTH("auth-enforced");

    final Set<String> checks;

    Fault(String... checks) {
      this.checks = Set.of(checks);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final Fault fault;
  private final AtomicInteger requests = new AtomicInteger();
  private final java.util.List<String> received = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

  private InventoryServer(Fault fault) throws IOException {
    this.fault = fault;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.executor = Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  static InventoryServer start(Fault fault) throws IOException {
    return new InventoryServer(fault);
  }

  /** The base URL including the spec's base path {@code /api}. */
  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api");
  }

  int requests() {
    return requests.get();
  }

  /** Every request received so far, as text: method, target, headers (sorted, Host aside) and body. */
  java.util.List<String> received() {
    synchronized (received) {
      return java.util.List.copyOf(received);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    requests.incrementAndGet();
    byte[] body = ex.getRequestBody().readAllBytes();
    java.util.TreeMap<String, java.util.List<String>> headers = new java.util.TreeMap<>();
    ex.getRequestHeaders().forEach((k, v) -> {
      if (!k.equalsIgnoreCase("Host")) {
        headers.put(k.toLowerCase(java.util.Locale.ROOT), v);
      }
    });
    received.add(ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath()
        + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery()) + "\n" + headers
        + "\n" + new String(body, StandardCharsets.UTF_8));
    ex.setStreams(new java.io.ByteArrayInputStream(body), null);
    try (ex) {
      String path = ex.getRequestURI().getRawPath();
      if (!path.startsWith("/api/")) {
        send(ex, 404, error("no such path"));
        return;
      }
      String[] segments = path.substring(5).split("/", -1);
      String method = ex.getRequestMethod();
      if (segments.length == 1 && segments[0].equals("items")) {
        if (method.equals("GET")) {
          list(ex);
        } else if (method.equals("POST")) {
          create(ex);
        } else {
          send(ex, 405, error("method not allowed"));
        }
      } else if (segments.length == 2 && segments[0].equals("items")) {
        String id = URLDecoder.decode(segments[1], StandardCharsets.UTF_8);
        if (method.equals("GET")) {
          get(ex, id);
        } else if (method.equals("DELETE")) {
          delete(ex, id);
        } else {
          send(ex, 405, error("method not allowed"));
        }
      } else {
        send(ex, 404, error("no such path"));
      }
    }
  }

  private boolean strict() {
    return fault != Fault.ACCEPTS_INVALID;
  }

  private void list(HttpExchange ex) throws IOException {
    Map<String, String> query = query(ex.getRequestURI().getRawQuery());
    if (strict() && query.containsKey("limit")) {
      Long limit = integer(query.get("limit"));
      if (limit == null || limit < 1 || limit > 50) {
        send(ex, 400, error("limit must be an integer from 1 to 50"));
        return;
      }
    }
    if (strict() && query.containsKey("tag")) {
      for (String t : query.get("tag").split(",", -1)) {
        if (!TAGS.contains(t)) {
          send(ex, 400, error("unknown tag " + t));
          return;
        }
      }
    }
    if (fault == Fault.SERVER_ERROR) {
      send(ex, 500, error("the database is down"));
      return;
    }
    ArrayNode items = JSON.createArrayNode();
    items.add(item(1, "Desk lamp", 25.5));
    items.add(item(2, "Chair", 80));
    if (fault != Fault.MISSING_HEADER) {
      ex.getResponseHeaders().add("X-Total", "2");
    }
    send(ex, 200, items);
  }

  private void create(HttpExchange ex) throws IOException {
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    if (fault != Fault.IGNORES_AUTH && (auth == null || !auth.startsWith("Bearer ") || auth.length() <= 7)) {
      ex.getResponseHeaders().add("WWW-Authenticate", "Bearer");
      send(ex, 401, null);
      return;
    }
    byte[] bytes = ex.getRequestBody().readAllBytes();
    JsonNode body;
    try {
      body = bytes.length == 0 ? null : JSON.readTree(bytes);
    } catch (IOException e) {
      body = null;
    }
    String problem = body == null ? "a JSON body is required" : newItemProblem(body);
    if (fault == Fault.REJECTS_VALID) {
      problem = "items cannot be added today";
    }
    if (strict() && problem != null) {
      send(ex, 400, error(problem));
      return;
    }
    ObjectNode created = item(7, body != null && body.path("name").isTextual() ? body.get("name").asText() : "Thing",
        body != null && body.path("price").isNumber() ? body.get("price").asDouble() : 1);
    send(ex, fault == Fault.UNDOCUMENTED_STATUS ? 200 : 201, created);
  }

  private static String newItemProblem(JsonNode body) {
    if (!body.isObject()) {
      return "the body must be an object";
    }
    JsonNode name = body.get("name");
    if (name == null || !name.isTextual() || name.asText().isEmpty() || name.asText().length() > 20
        || !NAME.matcher(name.asText()).find()) {
      return "name must be 1 to 20 letters and spaces";
    }
    JsonNode price = body.get("price");
    if (price == null || !price.isNumber() || price.asDouble() < 0 || price.asDouble() > 1000) {
      return "price must be a number from 0 to 1000";
    }
    JsonNode tags = body.get("tags");
    if (tags != null) {
      if (!tags.isArray()) {
        return "tags must be an array";
      }
      for (JsonNode t : tags) {
        if (!t.isTextual() || !TAGS.contains(t.asText())) {
          return "unknown tag " + t;
        }
      }
    }
    return null;
  }

  private void get(HttpExchange ex, String id) throws IOException {
    Long n = integer(id);
    if (strict() && (n == null || n < 1)) {
      send(ex, 400, error("itemId must be a positive integer"));
      return;
    }
    String requestId = ex.getRequestHeaders().getFirst("X-Request-Id");
    if (strict() && (requestId == null || !REQUEST_ID.matcher(requestId).find())) {
      send(ex, 400, error("X-Request-Id must be 8 hexadecimal digits"));
      return;
    }
    if (n != null && n > 900) {
      send(ex, 404, error("no item " + n));
      return;
    }
    ObjectNode item = item(n == null ? 1 : n, "Desk lamp", 25.5);
    if (fault == Fault.BODY_BREAKS_SCHEMA) {
      item.put("price", "25.50 EUR");
    }
    if (fault == Fault.WRONG_CONTENT_TYPE) {
      byte[] text = item.toString().getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "text/plain");
      ex.sendResponseHeaders(200, text.length);
      ex.getResponseBody().write(text);
      return;
    }
    send(ex, 200, item);
  }

  private void delete(HttpExchange ex, String id) throws IOException {
    String key = ex.getRequestHeaders().getFirst("X-API-Key");
    if (fault != Fault.IGNORES_AUTH && (key == null || key.isEmpty())) {
      send(ex, 401, null);
      return;
    }
    Long n = integer(id);
    if (strict() && (n == null || n < 1)) {
      send(ex, 400, error("itemId must be a positive integer"));
      return;
    }
    send(ex, 204, null);
  }

  private static ObjectNode item(long id, String name, double price) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id);
    o.put("name", name);
    o.put("price", price);
    return o;
  }

  private static ObjectNode error(String message) {
    return JSON.createObjectNode().put("message", message);
  }

  private static Long integer(String text) {
    try {
      return text == null ? null : Long.parseLong(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.putIfAbsent(k, v);
    }
    return out;
  }

  private static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
    if (body == null) {
      ex.sendResponseHeaders(status, -1);
      return;
    }
    byte[] bytes = JSON.writeValueAsBytes(body);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }
}
