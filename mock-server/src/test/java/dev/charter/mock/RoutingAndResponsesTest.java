package dev.charter.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Routing and responses of the Petstore fixture, over real HTTP. */
class RoutingAndResponsesTest {
  private static MockClient client;

  @BeforeAll
  static void start() {
    client = MockClient.start(MockClient.fixture("petstore.yaml"));
  }

  @AfterAll
  static void stop() {
    client.close();
  }

  @Test
  void servedUnderTheServerBasePathAndBare() {
    MockClient.Reply withBase = client.get("/v1/pets");
    MockClient.Reply bare = client.get("/pets");
    assertThat(withBase.status()).isEqualTo(200);
    assertThat(bare.status()).isEqualTo(200);
    assertThat(withBase.body()).isEqualTo(bare.body());
    assertThat(withBase.header("Content-Type")).isEqualTo("application/json");
    assertThat(client.mock.serverUri().toString()).endsWith("/v1");
  }

  @Test
  void concretePathsBeforeTemplatedOnes() {
    assertThat(client.get("/pets/mine").json().get(0).get("id").asInt()).isEqualTo(99);
    assertThat(client.get("/pets/7").json().get("name").asText()).isEqualTo("Rex");
    assertThat(client.get("/v1/pets/7/").status()).as("trailing slash").isEqualTo(200);
    MockClient.Reply photo = client.get("/pets/7/photos/cat.png");
    assertThat(photo.status()).isEqualTo(200);
    assertThat(photo.body()).isEqualTo("a photo");
    assertThat(photo.header("Content-Type")).isEqualTo("text/plain; charset=utf-8");
    assertThat(client.get("/pets/7/photos/cat.gif").status()).as("ext enum").isEqualTo(422);
  }

  @Test
  void unknownPathsAndMethodsAreProblems() {
    MockClient.Reply missing = client.get("/nope");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.header("Content-Type")).isEqualTo("application/problem+json");
    assertThat(missing.json().get("type").asText()).isEqualTo("/_charter/errors#no-route");
    MockClient.Reply put = client.call("PUT", "/v1/pets").send();
    assertThat(put.status()).isEqualTo(405);
    assertThat(put.header("Allow")).isEqualTo("GET, POST, OPTIONS, HEAD");
    assertThat(put.json().get("type").asText()).endsWith("#method-not-allowed");
    MockClient.Reply options = client.call("OPTIONS", "/pets/1").send();
    assertThat(options.status()).isEqualTo(204);
    assertThat(options.header("Allow")).contains("GET").contains("DELETE");
  }

  @Test
  void headIsAnsweredLikeGetWithoutABody() {
    MockClient.Reply head = client.call("HEAD", "/pets").send();
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.header("X-Total-Count")).isEqualTo("2");
    assertThat(head.header("Content-Type")).isEqualTo("application/json");
  }

  @Test
  void theFirstExampleOfTheFirst2xxWithDeclaredHeaders() {
    MockClient.Reply r = client.get("/pets");
    assertThat(r.json()).hasSize(2);
    assertThat(r.header("X-Total-Count")).isEqualTo("2");
    assertThat(r.header("X-Rate-Limit")).isEqualTo("100");
    MockClient.Reply created = client.call("POST", "/pets").headers("X-API-Key: k").json("{'name':'Rex'}").send();
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo("/v1/pets/10");
  }

  @Test
  void preferSelectsStatusExampleAndGeneratedBodies() {
    assertThat(client.get("/pets", "Prefer: example=one").json().get(0).get("name").asText()).isEqualTo("Nemo");
    assertThat(client.get("/pets?__example=one").json()).hasSize(1);
    MockClient.Reply notFound = client.get("/pets/1", "Prefer: code=404");
    assertThat(notFound.status()).isEqualTo(404);
    assertThat(notFound.json().get("message").asText()).isEqualTo("no such pet");
    MockClient.Reply byDefault = client.get("/pets", "Prefer: code=503");
    assertThat(byDefault.status()).as("default response stands in").isEqualTo(503);
    assertThat(byDefault.json().get("message").asText()).isEqualTo("unexpected");
    MockClient.Reply undefined = client.get("/pets/1", "Prefer: code=418");
    assertThat(undefined.status()).isEqualTo(404);
    assertThat(undefined.json().get("type").asText()).endsWith("#no-response-defined");
    assertThat(client.get("/pets", "Prefer: example=three").json().get("type").asText()).endsWith("#no-example-defined");
    JsonNode dynamic = client.get("/pets/5", "Prefer: dynamic=true").json();
    assertThat(dynamic.has("name")).isTrue();
    assertThat(dynamic.get("name").asText()).isNotEqualTo("Rex");
  }

  @Test
  void theQueryFormsOfPreferences() {
    MockClient.Reply notFound = client.get("/pets/1?__code=404");
    assertThat(notFound.status()).isEqualTo(404);
    assertThat(notFound.json().get("message").asText()).isEqualTo("no such pet");
    assertThat(client.get("/pets/1?__code=418").json().get("type").asText()).endsWith("#no-response-defined");
    assertThat(client.get("/pets/x?__code=404").status()).as("an error asked for is served past validation")
        .isEqualTo(404);
    assertThat(client.get("/pets/x?__code=200").status()).as("a 2xx only to a valid request").isEqualTo(422);
    JsonNode dynamic = client.get("/pets/5?__dynamic=true").json();
    assertThat(dynamic.has("name")).isTrue();
    assertThat(dynamic.get("name").asText()).isNotEqualTo("Rex");
    assertThat(client.get("/pets/5?__dynamic=false").json().get("name").asText()).isEqualTo("Rex");
    assertThat(client.get("/pets?__example=one", "Prefer: example=two").json()).as("the query wins").hasSize(1);
  }

  @Test
  void withoutAnExampleTheBodyIsGeneratedFromTheSchema() {
    JsonNode owner = client.get("/owners/1", "Authorization: Bearer abc").json();
    assertThat(owner.get("id").asText()).matches("[0-9a-f-]{36}");
    assertThat(owner.get("email").asText()).contains("@");
    assertThat(owner.get("pets").size()).isBetween(1, 3);
    assertThat(owner.get("pets").get(0).has("id")).isTrue();
  }

  @Test
  void acceptPicksTheMediaTypeOr406() {
    String auth = "Authorization: Basic " + java.util.Base64.getEncoder().encodeToString("u:p".getBytes());
    MockClient.Reply csv = client.get("/admin/report", auth, "Accept: text/csv");
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.body()).isEqualTo("pets\n2\n");
    MockClient.Reply json = client.get("/admin/report", auth, "Accept: text/csv;q=0.5, application/json");
    assertThat(json.json().get("pets").asInt()).isEqualTo(2);
    MockClient.Reply none = client.get("/admin/report", auth, "Accept: application/xml");
    assertThat(none.status()).isEqualTo(406);
    assertThat(none.json().get("type").asText()).endsWith("#not-acceptable");
  }

  @Test
  void dynamicModeWithASeedIsReproducible() {
    MockOptions options = MockClient.fixture("petstore.yaml").withDynamic(true).withSeed(42);
    String first;
    String again;
    try (MockClient dynamic = MockClient.start(options)) {
      first = dynamic.get("/owners/7", "Authorization: Bearer t").body();
      assertThat(dynamic.get("/owners/7", "Authorization: Bearer t").body()).isEqualTo(first);
      assertThat(dynamic.get("/owners/8", "Authorization: Bearer t").body()).isNotEqualTo(first);
      assertThat(dynamic.get("/pets/1", "Prefer: dynamic=false").json().get("name").asText()).isEqualTo("Rex");
    }
    try (MockClient restarted = MockClient.start(options)) {
      again = restarted.get("/owners/7", "Authorization: Bearer t").body();
    }
    assertThat(again).isEqualTo(first);
    assertThat(options.seed()).isEqualTo(OptionalLong.of(42));
  }
}
