package dev.charter.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.mock.respond.Problem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The mock's own endpoints: the spec as served, Swagger UI from the jar, the error catalogue. */
class LiveDocsTest {
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
  void theSpecIsServedWithItsServersPointingAtTheMock() {
    MockClient.Reply r = client.get("/_charter/spec");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    JsonNode spec = r.json();
    assertThat(spec.get("openapi").asText()).isEqualTo("3.0.3");
    assertThat(spec.get("servers").get(0).get("url").asText()).isEqualTo("/v1");
    assertThat(spec.get("paths").has("/pets")).isTrue();
  }

  @Test
  void swaggerUiIsServedOffline() {
    MockClient.Reply redirect = client.get("/_charter/docs");
    assertThat(redirect.status()).isEqualTo(302);
    assertThat(redirect.header("Location")).isEqualTo("/_charter/docs/");
    MockClient.Reply page = client.get("/_charter/docs/");
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.body()).contains("swagger-ui-bundle.js").contains("charter-init.js")
        .contains("Petstore (charter mock fixture)").doesNotContain("https://");
    assertThat(client.get("/_charter/docs/charter-init.js").body()).contains("/_charter/spec").contains("validatorUrl: null");
    MockClient.Reply bundle = client.get("/_charter/docs/swagger-ui-bundle.js");
    assertThat(bundle.status()).isEqualTo(200);
    assertThat(bundle.header("Content-Type")).startsWith("text/javascript");
    assertThat(bundle.body().length()).isGreaterThan(100_000);
    assertThat(client.get("/_charter/docs/swagger-ui.css").status()).isEqualTo(200);
    assertThat(client.get("/_charter/docs/../../etc/passwd").status()).isEqualTo(404);
  }

  @Test
  void theWebjarsOwnPageAndInitializerAreReplacedByTheMocks() {
    MockClient.Reply index = client.get("/_charter/docs/index.html");
    assertThat(index.status()).isEqualTo(200);
    assertThat(index.body()).contains("charter-init.js").contains("Petstore (charter mock fixture)");
    MockClient.Reply init = client.get("/_charter/docs/swagger-initializer.js");
    assertThat(init.status()).isEqualTo(200);
    assertThat(init.body()).contains("/_charter/spec").doesNotContain("https://");
  }

  @Test
  void everyProblemTypeIsAHeadingOfTheServedCatalogue() {
    String catalogue = client.get("/_charter/errors").body();
    for (Problem.Kind kind : Problem.Kind.values()) {
      assertThat(catalogue).as(kind.anchor).contains("\n## " + kind.anchor + "\n");
      assertThat(catalogue).as(kind.anchor).contains("**" + kind.status + ".**");
    }
  }

  @Test
  void errorCatalogueAndHealth() {
    MockClient.Reply errors = client.get("/_charter/errors");
    assertThat(errors.header("Content-Type")).startsWith("text/markdown");
    for (String anchor : new String[] {"no-route", "method-not-allowed", "unauthorized", "forbidden",
        "unsupported-media-type", "invalid-request", "not-acceptable", "no-response-defined", "no-example-defined",
        "body-too-large", "body-not-read", "internal-error"}) {
      assertThat(errors.body()).as(anchor).contains("\n## " + anchor + "\n");
    }
    assertThat(client.get("/_charter/health").json().get("operations").asInt()).isEqualTo(13);
    assertThat(client.call("POST", "/_charter/spec").send().status()).isEqualTo(405);
  }
}
