package dev.charter.mock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Swagger 2.0's {@code collectionFormat}s, each read with its own delimiter, in queries and headers. */
class Swagger2ParametersTest {
  private static MockClient client;

  @BeforeAll
  static void start() {
    client = MockClient.start(MockClient.fixture("swagger2-collections.yaml"));
  }

  @AfterAll
  static void stop() {
    client.close();
  }

  @Test
  void everyCollectionFormatInTheQuery() {
    assertThat(client.get("/v2/items?csv=1,2&ssv=1%202&tsv=1%092&pipes=1%7C2&multi=1&multi=2").status())
        .isEqualTo(200);
    for (String invalid : new String[] {"csv=1,x", "ssv=1%20x", "tsv=1%09x", "pipes=1%7Cx", "multi=1&multi=x"}) {
      MockClient.Reply r = client.get("/v2/items?" + invalid);
      assertThat(r.status()).as(invalid).isEqualTo(422);
      assertThat(r.json().get("violations").get(0).get("pointer").asText()).as(invalid).isEqualTo("/1");
    }
  }

  @Test
  void aPipesHeader() {
    assertThat(client.get("/v2/items", "X-Pipes: 1|2").status()).isEqualTo(200);
    MockClient.Reply r = client.get("/v2/items", "X-Pipes: 1|x");
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("violations").get(0).get("name").asText()).isEqualTo("X-Pipes");
  }
}
