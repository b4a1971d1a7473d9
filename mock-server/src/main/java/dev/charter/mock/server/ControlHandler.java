package dev.charter.mock.server;

import dev.charter.mock.respond.Problem;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mock's own endpoints, under {@code /_charter/}: {@code docs/} (Swagger UI, served from the
 * jar, configured to load {@code spec} and to send "try it out" requests to this server), {@code
 * spec} (the spec as served, in one JSON document), {@code errors} (the catalogue the problem
 * {@code type}s point into) and {@code health}. Files are read from the class path on first use,
 * off the I/O threads, and kept.
 */
final class ControlHandler {
  private static final String SWAGGER_UI_POM = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
  private static final String ERRORS = "dev/charter/mock/errors.md";

  private final Map<String, Asset> assets = new ConcurrentHashMap<>();
  private volatile String swaggerUi;
  private MockHandler responder;

  /** A file served from memory. */
  private record Asset(String contentType, byte[] bytes) {}

  /** Whether {@code path} is one of the mock's own: {@code /_charter} and below, not a spec path such as {@code /_charterx}. */
  static boolean handles(String path) {
    return path.startsWith("/_charter") && (path.length() == 9 || path.charAt(9) == '/');
  }

  void bind(MockHandler handler) {
    this.responder = handler;
  }

  void handle(HttpServerExchange ex, MockModel model, long start) {
    if (model == null) {
      ex.getResponseHeaders().put(Headers.RETRY_AFTER, "1");
      responder.send(ex, start, 503, null, null, "starting");
      return;
    }
    if (ex.isInIoThread()) {
      // reading class path resources blocks: not on an I/O thread
      ex.dispatch(() -> handle(ex, model, start));
      return;
    }
    String path = ex.getRequestPath();
    if (!ex.getRequestMethod().equals(Methods.GET) && !ex.getRequestMethod().equals(Methods.HEAD)) {
      ex.getResponseHeaders().put(Headers.ALLOW, "GET, HEAD");
      responder.problem(ex, start, Problem.Kind.METHOD_NOT_ALLOWED, path + " only answers GET", List.of(), "control");
      return;
    }
    switch (path) {
      case "/_charter", "/_charter/", "/_charter/docs" -> {
        ex.getResponseHeaders().put(Headers.LOCATION, "/_charter/docs/");
        responder.send(ex, start, 302, null, null, "control");
      }
      // the webjar's own index.html and swagger-initializer.js load the Petstore demo from the internet
      case "/_charter/docs/", "/_charter/docs/index.html" -> serve(ex, start, "text/html; charset=utf-8", index(model));
      case "/_charter/docs/charter-init.js", "/_charter/docs/swagger-initializer.js" ->
          serve(ex, start, "text/javascript; charset=utf-8", INIT);
      case "/_charter/spec" -> serve(ex, start, "application/json", model.docsSpec());
      case "/_charter/errors" -> {
        Asset a = asset(ERRORS, "text/markdown; charset=utf-8");
        serve(ex, start, a.contentType(), a.bytes());
      }
      case "/_charter/health" -> serve(ex, start, "application/json", ("{\"status\":\"up\",\"operations\":"
          + model.operations + "}").getBytes(StandardCharsets.UTF_8));
      default -> {
        if (path.startsWith("/_charter/docs/") && path.indexOf("..") < 0) {
          String name = path.substring("/_charter/docs/".length());
          Asset a = asset(swaggerUi() + name, contentType(name));
          if (a != null) {
            ex.getResponseHeaders().put(Headers.CACHE_CONTROL, "public, max-age=86400");
            serve(ex, start, a.contentType(), a.bytes());
            return;
          }
        }
        responder.problem(ex, start, Problem.Kind.NO_ROUTE, "the mock has no endpoint " + path
            + " (it has /_charter/docs/, /_charter/spec, /_charter/errors, /_charter/health)", List.of(), "control");
      }
    }
  }

  /** Where the Swagger UI files are in its webjar (the folder carries the version, read from the jar). */
  private String swaggerUi() {
    String base = swaggerUi;
    if (base == null) {
      java.util.Properties p = new java.util.Properties();
      try (InputStream in = ControlHandler.class.getClassLoader().getResourceAsStream(SWAGGER_UI_POM)) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      base = "META-INF/resources/webjars/swagger-ui/" + p.getProperty("version", "") + "/";
      swaggerUi = base;
    }
    return base;
  }

  private void serve(HttpServerExchange ex, long start, String contentType, byte[] bytes) {
    responder.send(ex, start, 200, contentType, ByteBuffer.wrap(bytes), "control");
  }

  private Asset asset(String resource, String contentType) {
    Asset cached = assets.get(resource);
    if (cached != null) {
      return cached;
    }
    try (InputStream in = ControlHandler.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      Asset a = new Asset(contentType, in.readAllBytes());
      assets.put(resource, a);
      return a;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String contentType(String name) {
    if (name.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    }
    if (name.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    if (name.endsWith(".png")) {
      return "image/png";
    }
    if (name.endsWith(".html")) {
      return "text/html; charset=utf-8";
    }
    return "application/octet-stream";
  }

  private static byte[] index(MockModel model) {
    String title = model.api.title().orElse("API") + " — charter mock";
    String html = """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>%s</title>
          <link rel="stylesheet" href="swagger-ui.css">
          <link rel="icon" type="image/png" href="favicon-32x32.png">
        </head>
        <body>
          <div id="swagger-ui"></div>
          <script src="swagger-ui-bundle.js"></script>
          <script src="swagger-ui-standalone-preset.js"></script>
          <script src="charter-init.js"></script>
        </body>
        </html>
        """.formatted(escape(title));
    return html.getBytes(StandardCharsets.UTF_8);
  }

  /** Swagger UI set up offline: the spec from this server, no online validator, "try it out" on. */
  private static final byte[] INIT = """
      window.onload = function () {
        window.ui = SwaggerUIBundle({
          url: "/_charter/spec",
          dom_id: "#swagger-ui",
          deepLinking: true,
          tryItOutEnabled: true,
          validatorUrl: null,
          presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
          plugins: [SwaggerUIBundle.plugins.DownloadUrl],
          layout: "StandaloneLayout"
        });
      };
      """.getBytes(StandardCharsets.UTF_8);

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
