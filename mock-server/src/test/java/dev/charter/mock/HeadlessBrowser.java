package dev.charter.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium driven over the DevTools protocol (a WebSocket, JSON messages): enough to
 * open a page and evaluate JavaScript in it. Started with the flags a root user in a container
 * needs, and a fresh profile each time.
 */
final class HeadlessBrowser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

  HeadlessBrowser() throws Exception {
    profile = Files.createTempDirectory("charter-chromium");
    process = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
        .redirectErrorStream(true).start();
    String browserUrl = null;
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    String line;
    while (browserUrl == null && System.nanoTime() < deadline && (line = out.readLine()) != null) {
      Matcher m = DEVTOOLS.matcher(line);
      if (m.find()) {
        browserUrl = m.group(1);
      }
    }
    if (browserUrl == null) {
      close();
      throw new IOException("chromium did not start its DevTools endpoint");
    }
    Thread drain = new Thread(() -> {
      try {
        while (out.readLine() != null) {
          // keep the pipe empty so that chromium never blocks on its own output
        }
      } catch (IOException e) {
        // process ended
      }
    }, "chromium-output");
    drain.setDaemon(true);
    drain.start();
    URI browser = URI.create(browserUrl);
    HttpClient http = HttpClient.newHttpClient();
    String list = http.send(HttpRequest.newBuilder(URI.create("http://" + browser.getAuthority() + "/json/list")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    String pageUrl = null;
    for (JsonNode target : JSON.readTree(list)) {
      if (target.path("type").asText().equals("page")) {
        pageUrl = target.get("webSocketDebuggerUrl").asText();
      }
    }
    if (pageUrl == null) {
      close();
      throw new IOException("chromium has no page to drive");
    }
    socket = http.newWebSocketBuilder().buildAsync(URI.create(pageUrl), new Listener()).get(30, TimeUnit.SECONDS);
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        try {
          JsonNode message = JSON.readTree(text.toString());
          CompletableFuture<JsonNode> f = message.has("id") ? pending.remove(message.get("id").asInt()) : null;
          if (f != null) {
            f.complete(message);
          }
        } catch (IOException e) {
          // not for us
        }
        text.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }

  JsonNode command(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    socket.sendText(message.toString(), true).get(10, TimeUnit.SECONDS);
    return reply.get(60, TimeUnit.SECONDS);
  }

  void open(String url) throws Exception {
    command("Page.navigate", JSON.createObjectNode().put("url", url));
  }

  /** Evaluates {@code expression} in the page (promises awaited) and gives its value. */
  JsonNode evaluate(String expression) throws Exception {
    JsonNode reply = command("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
        .put("awaitPromise", true).put("returnByValue", true));
    JsonNode result = reply.path("result");
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException("page script failed: " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** Polls {@code expression} until it is true, or fails after {@code timeout}. */
  void await(String expression, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (evaluate(expression).asBoolean(false)) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("not true within " + timeout + ": " + expression);
  }

  @Override
  public void close() {
    if (socket != null) {
      socket.abort();
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind
    }
  }

  static Duration timeout(int seconds) {
    return Duration.ofSeconds(seconds);
  }
}
