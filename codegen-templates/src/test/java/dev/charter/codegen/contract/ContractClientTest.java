package dev.charter.codegen.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.charter.codegen.contract.runtime.ApiRequest;
import dev.charter.codegen.contract.runtime.ContractClient;
import dev.charter.codegen.contract.runtime.ContractSpec;
import dev.charter.codegen.contract.runtime.Credentials;
import dev.charter.codegen.contract.runtime.Exchange;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How requests reach the server: credentials where the schemes say, nothing anywhere else, and no waiting forever. */
class ContractClientTest {
  private static final String SPEC = String.join("\n",
      "openapi: 3.0.3",
      "info: {title: Keys, version: '1'}",
      "components:",
      "  securitySchemes:",
      "    queryKey: {type: apiKey, in: query, name: api_key}",
      "    cookieKey: {type: apiKey, in: cookie, name: session}",
      "    cookieKey2: {type: apiKey, in: cookie, name: device}",
      "    queryKey2: {type: apiKey, in: query, name: token}",
      "    headerKey: {type: apiKey, in: header, name: X-API-Key}",
      "    basic: {type: http, scheme: basic}",
      "    oauth: {type: oauth2, flows: {clientCredentials: {tokenUrl: 'https://example.com/token', scopes: {}}}}",
      "paths: {}",
      "");

  private HttpServer server;
  private final List<String> seen = new CopyOnWriteArrayList<>();
  private ContractSpec spec;

  @BeforeEach
  void start(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
    spec = ContractSpec.load(java.nio.file.Files.writeString(dir.resolve("keys.yaml"), SPEC));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
    server.createContext("/", ex -> {
      try (ex) {
        seen.add(ex.getRequestURI() + " " + new java.util.TreeMap<>(ex.getRequestHeaders()));
        switch (ex.getRequestURI().getPath().replaceFirst("^/base", "")) {
          case "/slow" -> {
            ex.sendResponseHeaders(200, 10);
            ex.getResponseBody().write('{');
            ex.getResponseBody().flush();
            sleep(3000);
          }
          case "/redirect" -> {
            ex.getResponseHeaders().add("Location", "http://example.com/elsewhere");
            ex.sendResponseHeaders(302, -1);
          }
          default -> {
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
          }
        }
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private ContractClient client(Credentials credentials, Duration timeout) {
    return new ContractClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/base/"), credentials, spec, timeout);
  }

  private static Credentials all() {
    return Credentials.none().withBearer("tok").withBasic("ann:pw").withApiKey("queryKey", "q1").withApiKey("session", "c1")
        .withApiKey("X-API-Key", "h1").withHeader("X-Tenant", "acme").withHeader("Authorization", "Bearer from-header");
  }

  @Test
  void eachSchemeIsSentWhereItSaysAndTheReproducerNamesVariablesNotSecrets() {
    ContractClient client = client(all(), Duration.ofSeconds(5));
    Exchange e = client.send(ApiRequest.to("GET", "/things?x=1").header("Cookie", "theme=dark")
        .security("queryKey+cookieKey+headerKey"));
    assertThat(e.status()).isEqualTo(200);
    assertThat(seen.get(0)).startsWith("/base/things?x=1&api_key=q1 ").contains("Cookie=[theme=dark; session=c1]")
        .contains("X-api-key=[h1]").contains("X-tenant=[acme]");
    assertThat(e.curl()).isEqualTo("curl -i -X GET 'http://127.0.0.1:" + server.getAddress().getPort()
        + "/base/things?x=1&api_key='\"$CHARTER_API_KEY_QUERYKEY\" -H 'Cookie: theme=dark; session='\"$CHARTER_API_KEY_COOKIEKEY\" "
        + "-H 'X-Tenant: acme' -H 'Authorization: Bearer from-header' -H 'X-API-Key: '\"$CHARTER_API_KEY_HEADERKEY\"");

    assertThat(client.send(ApiRequest.to("GET", "/b").security("basic")).curl()).contains("-u \"$CHARTER_BASIC\"")
        .doesNotContain("ann");
    // the scheme's credential replaces the extra header of the same name
    assertThat(seen.get(1)).contains("Authorization=[Basic " + java.util.Base64.getEncoder().encodeToString("ann:pw".getBytes()) + "]");
    assertThat(client.send(ApiRequest.to("GET", "/o").security("oauth")).curl())
        .contains("-H 'Authorization: Bearer '\"$CHARTER_BEARER\"");
  }

  @Test
  void severalKeysInTheQueryOrTheCookieAreAllReferencesInTheReproducer() {
    ContractClient client = client(Credentials.none().withApiKey("queryKey", "q1").withApiKey("queryKey2", "q2")
        .withApiKey("cookieKey", "c1").withApiKey("cookieKey2", "c2"), Duration.ofSeconds(5));
    Exchange e = client.send(ApiRequest.to("GET", "/x").security("queryKey+queryKey2+cookieKey+cookieKey2"));
    assertThat(seen.get(0)).startsWith("/base/x?api_key=q1&token=q2 ").contains("Cookie=[session=c1; device=c2]");
    assertThat(e.curl()).doesNotContain("q1").doesNotContain("q2").doesNotContain("c1").doesNotContain("c2")
        .contains("/base/x?api_key='\"$CHARTER_API_KEY_QUERYKEY\"'&token='\"$CHARTER_API_KEY_QUERYKEY2\"")
        .contains("-H 'Cookie: session='\"$CHARTER_API_KEY_COOKIEKEY\"'; device='\"$CHARTER_API_KEY_COOKIEKEY2\"");
  }

  @Test
  void theFirstAlternativeThatCanBeSatisfiedIsUsedAndMissingOnesAreNamed() {
    ContractClient client = client(Credentials.none().withBearer("tok"), Duration.ofSeconds(5));
    ApiRequest request = ApiRequest.to("GET", "/x").security("basic", "oauth");
    assertThat(client.canAuthenticate(request)).isTrue();
    client.send(request);
    assertThat(seen.get(0)).contains("Authorization=[Bearer tok]");
    ApiRequest keyOnly = ApiRequest.to("GET", "/x").security("headerKey+basic");
    assertThat(client.canAuthenticate(keyOnly)).isFalse();
    assertThat(client.missingCredentials(keyOnly))
        .isEqualTo("no credentials for headerKey (set CHARTER_API_KEY_HEADERKEY) and basic (set CHARTER_BASIC=user:password)");
  }

  @Test
  void aRequestWithoutCredentialsCarriesNoneNotEvenInExtraHeaders() {
    client(all(), Duration.ofSeconds(5)).send(ApiRequest.to("GET", "/x").security("headerKey").withoutCredentials());
    assertThat(seen.get(0)).doesNotContain("X-api-key").doesNotContain("Authorization").contains("X-tenant=[acme]");
  }

  @Test
  void redirectsAreNotFollowedAndNothingLeavesTheServer() {
    ContractClient client = client(Credentials.none(), Duration.ofSeconds(5));
    Exchange e = client.send(ApiRequest.to("GET", "/redirect"));
    assertThat(e.status()).isEqualTo(302);
    assertThat(seen).hasSize(1);
    assertThatThrownBy(() -> ApiRequest.to("GET", "//example.com/x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ContractClient(URI.create("ftp://example.com"), Credentials.none(), spec, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBodyThatDoesNotArriveInTimeFailsTheExchangeInsteadOfHanging() {
    long start = System.nanoTime();
    Exchange e = client(Credentials.none(), Duration.ofMillis(500)).send(ApiRequest.to("GET", "/slow"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    assertThat(e.completed()).isFalse();
    assertThat(e.error()).hasValue("the body did not arrive within 500 ms");
  }

  @Test
  void credentialsFromTheEnvironmentArePickedUpByNameAndNeverPrinted() {
    Credentials c = Credentials.fromEnvironment(Map.of("CHARTER_BEARER", "env-token", "CHARTER_API_KEY_X_API_KEY", "k",
        "CHARTER_HEADERS", "X-One: 1\nX-Two: 2"), new java.util.Properties());
    assertThat(c.bearer()).hasValue("env-token");
    assertThat(c.apiKey("headerKey", "X-API-Key")).hasValue("k");
    assertThat(c.headers()).extracting(ApiRequest.Header::name).containsExactly("X-One", "X-Two");
    assertThat(c.toString()).doesNotContain("env-token").doesNotContain("=k");
  }
}
