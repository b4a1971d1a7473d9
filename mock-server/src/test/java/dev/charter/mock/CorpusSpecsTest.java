package dev.charter.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Real specs from the corpus: GitHub's REST description (wide routing), Swagger 2.0 and OpenAPI 3.0 Petstores. */
class CorpusSpecsTest {

  private static Path corpus(String file) {
    String p = System.getProperty("charter.corpus");
    assumeTrue(p != null && Files.isDirectory(Path.of(p)), "corpus not available");
    Path f = Path.of(p).resolve(file);
    assumeTrue(Files.isRegularFile(f), file + " not in the corpus");
    return f;
  }

  @Test
  void githubsRestDescription() throws Exception {
    try (MockClient client = MockClient.start(MockOptions.of(SpecSource.file(corpus("openapi/github-api.github.com.json"))))) {
      MockClient.Reply issues = client.get("/repos/octocat/hello-world/issues?state=open&per_page=5");
      assertThat(issues.status()).isEqualTo(200);
      assertThat(issues.json().isArray()).isTrue();
      assertThat(issues.json().get(0).has("title")).isTrue();

      MockClient.Reply badQuery = client.get("/repos/octocat/hello-world/issues?per_page=lots&state=ajar");
      assertThat(badQuery.status()).as("GitHub documents its own 422").isEqualTo(422);
      JsonNode violations = MockClient.JSON.readTree(badQuery.header("Charter-Violations"));
      assertThat(violations.toString()).contains("per_page").contains("state");

      MockClient.Reply badBody = client.call("POST", "/repos/octocat/hello-world/issues").json("{'body':'no title'}").send();
      assertThat(badBody.status()).isEqualTo(422);
      assertThat(badBody.header("Charter-Violations")).contains("missing required property 'title'");

      assertThat(client.call("POST", "/repos/octocat/hello-world/issues").json("{'title':'Found a bug'}").send().status())
          .isEqualTo(201);
      assertThat(client.get("/repos/octocat/hello-world/actions/runs/42").status()).isEqualTo(200);
      assertThat(client.get("/repos/octocat/hello-world/actions/runs/forty-two").status()).isEqualTo(422);
      assertThat(client.get("/no/such/thing/at/all").status()).isEqualTo(404);
      assertThat(client.get("/_charter/health").json().get("operations").asInt()).isGreaterThan(700);
    }
  }

  @Test
  void swagger20Petstore() throws Exception {
    try (MockClient client = MockClient.start(MockOptions.of(SpecSource.file(corpus("openapi/oai-examples/v2.0/petstore.json"))))) {
      MockClient.Reply pets = client.get("/v1/pets?limit=3");
      assertThat(pets.status()).isEqualTo(200);
      assertThat(pets.json().get(0).has("id")).isTrue();
      assertThat(pets.header("x-next")).isNotNull();
      MockClient.Reply bad = client.get("/pets?limit=three");
      assertThat(bad.status()).isEqualTo(422);
      assertThat(bad.json().get("violations").get(0).get("message").asText())
          .isEqualTo("query parameter 'limit' must be an integer, found a string");
      assertThat(client.get("/v1/pets/12").json().get(0).get("name").isTextual()).isTrue();
      assertThat(client.call("POST", "/pets").send().status()).isEqualTo(201);
      MockClient.Reply error = client.get("/pets/1", "Prefer: code=500");
      assertThat(error.status()).isEqualTo(500);
      assertThat(error.json().has("code")).isTrue();
    }
  }

  @Test
  void openApi30PetstoreExpanded() throws Exception {
    try (MockClient client = MockClient.start(MockOptions.of(SpecSource.file(corpus("openapi/oai-examples/v3.0/petstore-expanded.yaml"))))) {
      assertThat(client.get("/v2/pets?tags=cat&tags=dog&limit=5").status()).isEqualTo(200);
      assertThat(client.get("/pets?limit=-x").status()).isEqualTo(422);
      MockClient.Reply created = client.call("POST", "/pets").json("{'name':'Rex','tag':'dog'}").send();
      assertThat(created.status()).isEqualTo(200);
      assertThat(created.json().get("name").isTextual()).isTrue();
      assertThat(client.call("POST", "/pets").json("{'tag':'dog'}").send().status()).isEqualTo(422);
      assertThat(client.call("DELETE", "/pets/1").send().status()).isEqualTo(204);
    }
  }
}
