package dev.charter.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --watch reloads on a change to any file of the spec; a bad edit keeps the last good spec. */
class ReloadTest {
  private static final String ROOT = """
      openapi: 3.0.3
      info: {title: reload, version: "1"}
      paths:
        /greeting:
          get:
            responses:
              "200":
                description: ok
                content:
                  application/json:
                    schema: {$ref: 'parts.yaml#/Greeting'}
      """;

  private static String parts(String word) {
    return """
        Greeting:
          type: object
          properties:
            text: {type: string}
          example: {text: %s}
        """.formatted(word);
  }

  @TempDir Path dir;

  @Test
  void watchedFilesReloadAndABadEditKeepsTheLastGoodSpec() throws Exception {
    Files.writeString(dir.resolve("api.yaml"), ROOT);
    Files.writeString(dir.resolve("parts.yaml"), parts("hello"));
    List<String> events = new CopyOnWriteArrayList<>();
    try (MockClient client = MockClient.start(MockOptions.of(SpecSource.file(dir.resolve("api.yaml")))
        .withWatch(true).withEvents(events::add))) {
      assertThat(client.get("/greeting").json().get("text").asText()).isEqualTo("hello");

      Files.writeString(dir.resolve("parts.yaml"), parts("bonjour"));
      awaitTrue(() -> client.get("/greeting").body().contains("bonjour"));
      assertThat(events).anyMatch(e -> e.contains("reloaded"));

      Files.writeString(dir.resolve("api.yaml"), ROOT + "\n  broken: [unclosed\n");
      awaitTrue(() -> events.stream().anyMatch(e -> e.contains("kept the last good spec")));
      assertThat(client.get("/greeting").json().get("text").asText()).isEqualTo("bonjour");

      Files.writeString(dir.resolve("api.yaml"), ROOT.replace("/greeting", "/hello"));
      awaitTrue(() -> client.get("/hello").status() == 200);
      assertThat(client.get("/greeting").status()).isEqualTo(404);
    }
  }

  @Test
  void reloadOnDemand() throws Exception {
    Files.writeString(dir.resolve("api.yaml"), ROOT);
    Files.writeString(dir.resolve("parts.yaml"), parts("one"));
    try (MockClient client = MockClient.start(MockOptions.of(SpecSource.file(dir.resolve("api.yaml"))))) {
      Files.writeString(dir.resolve("parts.yaml"), parts("two"));
      RunningMock.Reload reload = client.mock.reload();
      assertThat(reload.applied()).isTrue();
      assertThat(client.get("/greeting").json().get("text").asText()).isEqualTo("two");
      Files.writeString(dir.resolve("parts.yaml"), "Greeting: [");
      RunningMock.Reload bad = client.mock.reload();
      assertThat(bad.applied()).isFalse();
      assertThat(bad.message()).startsWith("kept the last good spec").contains("parts.yaml");
      assertThat(client.get("/greeting").json().get("text").asText()).isEqualTo("two");
    }
  }

  private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + 15_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(50);
    }
    assertThat(condition.getAsBoolean()).as("condition within 15 s").isTrue();
  }
}
