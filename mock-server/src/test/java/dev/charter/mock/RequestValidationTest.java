package dev.charter.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every request part is checked against the contract; failures say where, what and which rule. */
class RequestValidationTest {
  private static MockClient client;

  @BeforeAll
  static void start() {
    client = MockClient.start(MockClient.fixture("petstore.yaml"));
  }

  @AfterAll
  static void stop() {
    client.close();
  }

  private static List<String> violations(MockClient.Reply r) {
    List<String> out = new ArrayList<>();
    r.json().path("violations").forEach(v -> out.add(v.get("in").asText() + " " + v.path("name").asText("")
        + v.get("pointer").asText() + ": " + v.get("message").asText()));
    return out;
  }

  @Test
  void queryAndHeaderParametersAreTypedAndChecked() {
    assertThat(client.get("/pets?limit=10&tags=ab&tags=cd&status=sold",
        "X-Request-Id: 3fa85f64-5717-4562-b3fc-2c963f66afa6").status()).isEqualTo(200);
    MockClient.Reply bad = client.get("/pets?limit=ten&tags=a&status=lost", "X-Request-Id: 42");
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.header("Content-Type")).isEqualTo("application/problem+json");
    JsonNode problem = bad.json();
    assertThat(problem.get("type").asText()).isEqualTo("/_charter/errors#invalid-request");
    assertThat(problem.get("status").asInt()).isEqualTo(422);
    assertThat(violations(bad)).containsExactlyInAnyOrder(
        "query limit: query parameter 'limit' must be an integer, found a string",
        "query tags/0: query parameter 'tags': '0' must be at least 2 characters long",
        "query status: query parameter 'status' must be one of available, pending, sold",
        "header X-Request-Id: header parameter 'X-Request-Id' must be a UUID (such as 3fa85f64-5717-4562-b3fc-2c963f66afa6)");
    JsonNode limit = problem.get("violations").get(0);
    assertThat(limit.get("keyword").asText()).isEqualTo("type");
    assertThat(limit.get("spec").get("file").asText()).endsWith("petstore.yaml");
    assertThat(limit.get("spec").get("line").asInt()).isEqualTo(17);
    assertThat(limit.get("spec").get("pointer").asText()).isEqualTo("/paths/~1pets/get/parameters/0/schema/type");
    assertThat(violations(client.get("/pets?limit=0"))).containsExactly("query limit: query parameter 'limit' must be at least 1");
    assertThat(violations(client.get("/pets?limit=1.5")))
        .containsExactly("query limit: query parameter 'limit' must be an integer, found a fraction");
  }

  @Test
  void pathParametersStylesAndCookies() {
    assertThat(violations(client.get("/pets/0"))).containsExactly("path petId: path parameter 'petId' must be at least 1");
    assertThat(violations(client.get("/pets/abc"))).containsExactly(
        "path petId: path parameter 'petId' must be an integer, found a string");
    assertThat(client.get("/things/;id=3;id=4").status()).isEqualTo(200);
    assertThat(violations(client.get("/things/;id=3;id=x"))).containsExactly(
        "path id/1: path parameter 'id': '1' must be an integer, found a string");
    assertThat(client.get("/search?filter%5BminAge%5D=2&filter%5Bkind%5D=cat&ids=1%7C2%7C3", "Cookie: session=0123abcd").status())
        .isEqualTo(200);
    assertThat(violations(client.get("/search?filter%5BminAge%5D=-1&ids=1%7Cx", "Cookie: session=nope"))).containsExactlyInAnyOrder(
        "query filter/minAge: query parameter 'filter': 'minAge' must be at least 0",
        "query ids/1: query parameter 'ids': '1' must be an integer, found a string",
        "cookie session: cookie parameter 'session' does not match the pattern ^[a-f0-9]{8}$");
    assertThat(violations(client.get("/search"))).containsExactly("cookie session: cookie parameter 'session' is required");
  }

  @Test
  void theOperationsOwn400CarriesTheViolationsInAHeader() throws Exception {
    MockClient.Reply r = client.call("POST", "/v1/pets").headers("X-API-Key: k").json("{'name':'','tag':7,'id':1}").send();
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("message").asText()).isEqualTo("invalid pet");
    JsonNode header = MockClient.JSON.readTree(r.header("Charter-Violations"));
    List<String> messages = new ArrayList<>();
    header.forEach(v -> messages.add(v.get("in").asText() + v.get("pointer").asText() + ": " + v.get("message").asText()));
    assertThat(messages).containsExactlyInAnyOrder(
        "body/name: 'name' must not be empty",
        "body/tag: 'tag' must be a string or null, found a number",
        "body/id: property 'id' is read-only and must not be sent in a request");
    assertThat(header.get(0).get("spec").get("line").asInt()).isPositive();
  }

  @Test
  void bodiesByMediaType() {
    assertThat(client.call("POST", "/pets").headers("X-API-Key: k").json("{'name':'Rex','tag':null}").send().status())
        .isEqualTo(201);
    assertThat(client.call("POST", "/pets").headers("X-API-Key: k")
        .body("application/x-www-form-urlencoded", "name=Rex&tag=dog").send().status()).isEqualTo(201);
    MockClient.Reply form = client.call("POST", "/pets").headers("X-API-Key: k")
        .body("application/x-www-form-urlencoded", "tag=dog").send();
    assertThat(form.status()).isEqualTo(400);
    assertThat(form.header("Charter-Violations")).contains("missing required property 'name'");
    MockClient.Reply syntax = client.call("POST", "/pets").headers("X-API-Key: k").json("{'name':").send();
    assertThat(syntax.status()).isEqualTo(400);
    assertThat(syntax.header("Charter-Violations")).contains("the body is not valid JSON");
    MockClient.Reply missing = client.call("POST", "/pets").headers("X-API-Key: k").send();
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.header("Charter-Violations")).contains("the request body is required");
    MockClient.Reply xml = client.call("POST", "/pets").headers("X-API-Key: k").body("application/xml", "<pet/>").send();
    assertThat(xml.status()).isEqualTo(415);
    assertThat(xml.json().get("type").asText()).endsWith("#unsupported-media-type");
    assertThat(xml.json().get("detail").asText()).contains("application/json, application/x-www-form-urlencoded");
  }

  @Test
  void withoutAnOwn400TheProblemListsEveryViolation() {
    MockClient.Reply r = client.call("POST", "/echo").json("{'value':'x','next':{'value':1,'next':{'value':true}}}").send();
    assertThat(r.status()).isEqualTo(422);
    assertThat(violations(r)).containsExactlyInAnyOrder(
        "body /value: 'value' must be an integer, found a string",
        "body /next/next/value: 'value' must be an integer, found a boolean");
    assertThat(r.json().get("detail").asText()).startsWith("2 violations");
  }

  @Test
  void catastrophicPatternsCostNothing() {
    String word = "a".repeat(3000) + "!";
    long start = System.nanoTime();
    MockClient.Reply r = client.call("POST", "/hostile").json("{'word':'" + word + "','other':'" + word + "'}").send();
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(r.status()).isEqualTo(422);
    assertThat(violations(r)).hasSize(2);
    assertThat(millis).isLessThan(2000);
  }
}
