package dev.charter.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Security schemes are enforced for presence and form; JWT expiry and scopes with verifyJwt. */
class SecurityTest {
  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private static MockClient client;
  private static MockClient jwt;

  @BeforeAll
  static void start() {
    client = MockClient.start(MockClient.fixture("petstore.yaml"));
    jwt = MockClient.start(MockClient.fixture("petstore.yaml").withVerifyJwt(true)
        .withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
  }

  @AfterAll
  static void stop() {
    client.close();
    jwt.close();
  }

  static String token(long exp, String scope) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String payload = b64.encodeToString(("{\"sub\":\"u1\",\"exp\":" + exp + ",\"scope\":\"" + scope + "\"}")
        .getBytes(StandardCharsets.UTF_8));
    return header + "." + payload + ".";
  }

  @Test
  void apiKeysInHeaderQueryAndCookie() {
    MockClient.Reply missing = client.call("POST", "/pets").json("{'name':'Rex'}").send();
    assertThat(missing.status()).isEqualTo(401);
    assertThat(missing.json().get("type").asText()).isEqualTo("/_charter/errors#unauthorized");
    assertThat(missing.json().get("detail").asText()).contains("X-API-Key").contains("api_key");
    assertThat(missing.json().get("violations").get(0).get("in").asText()).isEqualTo("security");
    assertThat(client.call("POST", "/pets").headers("X-API-Key: secret").json("{'name':'Rex'}").send().status())
        .isEqualTo(201);
    assertThat(client.get("/session", "Cookie: SESSION=abc").status()).isEqualTo(204);
    assertThat(client.get("/session?key=abc").status()).isEqualTo(204);
    assertThat(client.get("/session").status()).isEqualTo(401);
  }

  @Test
  void theOperationsOwn401WithChallenges() {
    MockClient.Reply r = client.get("/admin/report");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().get("message").asText()).isEqualTo("log in");
    assertThat(r.header("Charter-Violations")).contains("security");
    assertThat(r.response().headers().allValues("WWW-Authenticate"))
        .anyMatch(v -> v.startsWith("Bearer")).anyMatch(v -> v.startsWith("Basic"));
    assertThat(client.get("/admin/report", "Authorization: Basic bm90LWEtcGFpcg==").status())
        .as("base64 without a colon").isEqualTo(401);
    String basic = Base64.getEncoder().encodeToString("user:pw".getBytes(StandardCharsets.UTF_8));
    assertThat(client.get("/admin/report", "Authorization: Basic " + basic).status()).isEqualTo(200);
    assertThat(client.get("/admin/report", "Authorization: Bearer anything").status()).isEqualTo(200);
  }

  @Test
  void bearerPresenceWithoutVerification() {
    assertThat(client.get("/owners/1").status()).isEqualTo(401);
    assertThat(client.get("/owners/1", "Authorization: Bearer not-even-a-jwt").status()).isEqualTo(200);
    assertThat(client.call("DELETE", "/pets/1").headers("Authorization: Bearer x").send().status()).isEqualTo(204);
  }

  @Test
  void jwtExpiryAndScopesWhenVerified() {
    long future = NOW.getEpochSecond() + 3600;
    long past = NOW.getEpochSecond() - 60;
    assertThat(jwt.get("/owners/1", "Authorization: Bearer " + token(future, "")).status()).isEqualTo(200);
    MockClient.Reply expired = jwt.get("/owners/1", "Authorization: Bearer " + token(past, ""));
    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.json().get("detail").asText()).contains("expired");
    assertThat(jwt.get("/owners/1", "Authorization: Bearer opaque").status()).as("JWT bearerFormat").isEqualTo(401);
    MockClient.Reply readOnly = jwt.call("DELETE", "/pets/1")
        .headers("Authorization: Bearer " + token(future, "read:pets")).send();
    assertThat(readOnly.status()).isEqualTo(403);
    assertThat(readOnly.json().get("type").asText()).endsWith("#forbidden");
    assertThat(readOnly.json().get("detail").asText()).contains("write:pets");
    assertThat(readOnly.header("WWW-Authenticate")).contains("insufficient_scope");
    assertThat(jwt.call("DELETE", "/pets/1").headers("Authorization: Bearer " + token(future, "read:pets write:pets"))
        .send().status()).isEqualTo(204);
  }

  @Test
  void anExplicitErrorPreferenceIsServedAsAsked() {
    MockClient.Reply r = client.call("POST", "/pets").headers("Prefer: code=400").json("{}").send();
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("message").asText()).isEqualTo("invalid pet");
  }
}
