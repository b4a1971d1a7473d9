package dev.charter.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests real clients send that are easy to get wrong: encoded slashes and UTF-8 in path
 * parameters, characters browsers leave unencoded in queries, spec paths that look like the mock's
 * own, response header names that cannot be sent. Over real HTTP; raw sockets where the JDK client
 * would encode what a browser does not.
 */
class OddRequestsTest {
  private static MockClient client;

  @BeforeAll
  static void start() {
    client = MockClient.start(MockClient.fixture("odd-requests.yaml"));
  }

  @AfterAll
  static void stop() {
    client.close();
  }

  @Test
  void pathParametersAreDecodedSegmentBySegment() {
    assertThat(client.get("/files/a%2Fb").status()).as("an encoded slash is part of the value").isEqualTo(200);
    assertThat(client.get("/api/files/a%2Fb").status()).isEqualTo(200);
    assertThat(client.get("/files/%C3%A9t%C3%A9").status()).isEqualTo(200);
    assertThat(client.get("/files/x%20y").status()).isEqualTo(200);
    assertThat(client.get("/files/a+b").status()).as("+ is itself in a path").isEqualTo(200);
    assertThat(client.get("/files/a/b").status()).as("a real slash separates segments").isEqualTo(404);
    MockClient.Reply wrong = client.get("/files/a%2Fc");
    assertThat(wrong.status()).isEqualTo(422);
    assertThat(wrong.json().get("violations").get(0).get("message").asText()).contains("'name'");
  }

  @Test
  void onlySlashCharterAndBelowAreTheMocksOwn() {
    MockClient.Reply spec = client.get("/_charterx");
    assertThat(spec.status()).isEqualTo(200);
    assertThat(spec.json().get("spec").asBoolean()).isTrue();
    assertThat(client.get("/_charter/health").json().get("status").asText()).isEqualTo("up");
  }

  @Test
  void queryCharactersBrowsersLeaveUnencodedAreAccepted() {
    int port = client.mock.port();
    assertThat(raw(port, "GET /search?ids=1|2|3 HTTP/1.1")).startsWith("HTTP/1.1 200");
    assertThat(raw(port, "GET /search?filter={%22a%22:1} HTTP/1.1")).startsWith("HTTP/1.1 200");
    String bad = raw(port, "GET /search?ids=1|x^ HTTP/1.1");
    assertThat(bad).startsWith("HTTP/1.1 422").contains("query parameter 'ids'");
    assertThat(raw(port, "GET /files/%C3%A9t%C3%A9?x=é HTTP/1.1")).startsWith("HTTP/1.1 200");
  }

  @Test
  void aProblemsInstanceIsThePathAndQuery() {
    MockClient.Reply r = client.get("/search?ids=x&other=1");
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("instance").asText()).isEqualTo("/search?ids=x&other=1");
  }

  @Test
  void responseHeaderNamesThatAreNotTokensAreLeftOut() {
    MockClient.Reply r = client.get("/headers");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("X-Good")).isEqualTo("fine");
    assertThat(r.header("Set-Cookie")).isNull();
    assertThat(r.response().headers().map().keySet()).noneMatch(name -> name.contains(" ") || name.contains("名"));
  }

  @Test
  void numbersWithHugeExponentsAreRefusedAtOnce() {
    // 1e60000000 is 16 bytes of JSON; checking it against int64 or multipleOf took minutes of CPU per request
    for (String body : List.of("{'n':1e60000000}", "{'x':1e60000000}", "{'x':-1e-60000000}", "{'n':1e999999999}")) {
      long start = System.nanoTime();
      MockClient.Reply r = client.call("POST", "/numbers").json(body).send();
      assertThat(r.status()).as(body).isEqualTo(422);
      assertThat(r.json().get("violations").get(0).get("message").asText()).as(body).contains("too large or too small");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).as(body).isLessThan(Duration.ofSeconds(2));
    }
    MockClient.Reply query = client.call("POST", "/numbers?n=1e60000000").send();
    assertThat(query.status()).isEqualTo(422);
    assertThat(query.json().get("violations").get(0).get("name").asText()).isEqualTo("n");
    assertThat(client.call("POST", "/numbers?n=12").json("{'n':1e3,'x':1.25}").send().status()).isEqualTo(200);
  }

  @Test
  void deepObjectMembersAreTypedThroughAnyOf() {
    // created: anyOf [{gt, lte: integer}, integer], as Stripe writes it: 'gt' was read as a string
    assertThat(client.get("/search?created%5Bgt%5D=5&created%5Blte%5D=9").status()).isEqualTo(200);
    MockClient.Reply bad = client.get("/search?created%5Bgt%5D=soon");
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.json().get("violations").get(0).get("name").asText()).isEqualTo("created");
  }

  @Test
  void anEmptyValueIsTheEmptyStringWhereAListMayAlsoBeAString() {
    // discounts: anyOf [array of integers, {enum: ['']}] (Stripe's way to clear a list): ?discounts= was [""]
    assertThat(client.get("/search?discounts=").status()).isEqualTo(200);
    assertThat(client.get("/search?discounts=1&discounts=2").status()).isEqualTo(200);
    assertThat(client.get("/search?discounts=x").status()).isEqualTo(422);
    assertThat(client.get("/search?ids=").status()).as("a list only: [\"\"]").isEqualTo(422);
  }

  @Test
  void aQueryOfThousandsOfParametersIsRead() {
    StringBuilder query = new StringBuilder("/search?ids=1");
    for (int i = 0; i < 3000; i++) {
      query.append("&id=").append(i);
    }
    assertThat(client.get(query.toString()).status()).isEqualTo(200);
    assertThat(client.get(query + "&ids=x").status()).isEqualTo(422);
  }

  /** The status line and the rest of the answer to a request line sent byte for byte as given. */
  private static String raw(int port, String requestLine) {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(5000);
      s.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      s.getOutputStream().flush();
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
