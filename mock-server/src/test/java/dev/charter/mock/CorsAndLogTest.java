package dev.charter.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CORS (on for any origin by default, or for listed origins, or off) and the request log. */
class CorsAndLogTest {

  @Test
  void anyOriginByDefaultWithPreflight() {
    try (MockClient client = MockClient.start(MockClient.fixture("petstore.yaml"))) {
      MockClient.Reply r = client.get("/pets", "Origin: http://app.example");
      assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo("*");
      assertThat(r.header("Access-Control-Expose-Headers")).contains("Charter-Violations");
      MockClient.Reply preflight = client.call("OPTIONS", "/v1/pets/1").headers("Origin: http://app.example",
          "Access-Control-Request-Method: DELETE", "Access-Control-Request-Headers: authorization, content-type").send();
      assertThat(preflight.status()).isEqualTo(204);
      assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("*");
      assertThat(preflight.header("Access-Control-Allow-Methods")).contains("DELETE").contains("GET");
      assertThat(preflight.header("Access-Control-Allow-Headers")).isEqualTo("authorization, content-type");
      assertThat(preflight.header("Access-Control-Max-Age")).isEqualTo("600");
      assertThat(client.get("/pets").header("Access-Control-Allow-Origin")).as("no Origin, no CORS").isNull();
    }
  }

  @Test
  void listedOriginsOnlyOrNone() {
    try (MockClient client = MockClient.start(MockClient.fixture("petstore.yaml")
        .withCors(CorsPolicy.origins(List.of("http://app.example"))))) {
      MockClient.Reply ok = client.get("/pets", "Origin: http://app.example");
      assertThat(ok.header("Access-Control-Allow-Origin")).isEqualTo("http://app.example");
      assertThat(ok.header("Access-Control-Allow-Credentials")).isEqualTo("true");
      assertThat(ok.header("Vary")).contains("Origin");
      assertThat(client.get("/pets", "Origin: http://evil.example").header("Access-Control-Allow-Origin")).isNull();
    }
    try (MockClient client = MockClient.start(MockClient.fixture("petstore.yaml").withCors(CorsPolicy.DISABLED))) {
      assertThat(client.get("/pets", "Origin: http://app.example").header("Access-Control-Allow-Origin")).isNull();
    }
  }

  @Test
  void oneLogLinePerRequest() throws Exception {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    try (MockClient client = MockClient.start(MockClient.fixture("petstore.yaml").withRequestLog(LogFormat.TEXT, text))) {
      client.get("/v1/pets?limit=2");
      client.get("/pets?limit=x");
      client.get("/nowhere");
    }
    List<String> lines = text.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z GET /v1/pets\\?limit=2 200 \\d+\\.\\d\\dms valid");
    assertThat(lines.get(1)).contains("GET /pets?limit=x 422").endsWith("invalid(1)");
    assertThat(lines.get(2)).contains("GET /nowhere 404").endsWith("no-route");
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    try (MockClient client = MockClient.start(MockClient.fixture("petstore.yaml").withRequestLog(LogFormat.JSON, json))) {
      client.get("/pets/1");
    }
    var line = MockClient.JSON.readTree(json.toString(StandardCharsets.UTF_8).trim());
    assertThat(line.get("method").asText()).isEqualTo("GET");
    assertThat(line.get("path").asText()).isEqualTo("/pets/1");
    assertThat(line.get("status").asInt()).isEqualTo(200);
    assertThat(line.get("ms").isNumber()).isTrue();
    assertThat(line.get("outcome").asText()).isEqualTo("valid");
  }
}
