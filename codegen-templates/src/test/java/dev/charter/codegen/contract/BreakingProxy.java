package dev.charter.codegen.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A deliberately wrong server for any spec: passes every request to a correct one (the mock) and
 * breaks the schema of every successful JSON response on the way back, replacing the body with a
 * value of another type. Status, headers and content type stay as they were, so only
 * response-schema-conformance has something to find.
 */
final class BreakingProxy implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> HOP_BY_HOP = Set.of("host", "connection", "content-length", "expect", "upgrade",
      "transfer-encoding", "keep-alive");

  private final HttpServer server;
  private final ExecutorService executor;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final URI target;

  private BreakingProxy(URI target) throws IOException {
    this.target = target;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.executor = Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** A proxy to {@code target} ({@code http://host:port}). */
  static BreakingProxy in(URI target) throws IOException {
    return new BreakingProxy(target);
  }

  URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] body = ex.getRequestBody().readAllBytes();
      HttpRequest.Builder b = HttpRequest.newBuilder(target.resolve(ex.getRequestURI().getRawPath()
          + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery())))
          .method(ex.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(body));
      for (Map.Entry<String, List<String>> h : ex.getRequestHeaders().entrySet()) {
        if (!HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT))) {
          h.getValue().forEach(v -> b.header(h.getKey(), v));
        }
      }
      HttpResponse<byte[]> response;
      try {
        response = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      byte[] out = response.body();
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (response.statusCode() / 100 == 2 && type.contains("json") && out.length > 0) {
        out = JSON.writeValueAsBytes(broken(JSON.readTree(out)));
      }
      response.headers().map().forEach((k, v) -> {
        if (!HOP_BY_HOP.contains(k.toLowerCase(Locale.ROOT))) {
          v.forEach(x -> ex.getResponseHeaders().add(k, x));
        }
      });
      ex.sendResponseHeaders(response.statusCode(), out.length == 0 ? -1 : out.length);
      if (out.length > 0) {
        ex.getResponseBody().write(out);
      }
    }
  }

  /** A value of another type: what no schema that says what a value is accepts. */
  private static JsonNode broken(JsonNode v) {
    if (v.isTextual()) {
      return JsonNodeFactory.instance.numberNode(12345);
    }
    return JsonNodeFactory.instance.textNode("not what the spec says");
  }
}
