package dev.charter.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With the connection cap reached, new connections wait to be accepted until one closes. */
class ConnectionCapTest {

  @Test
  void connectionsOverTheCapWait() throws Exception {
    MockOptions options = MockClient.fixture("petstore.yaml").withLimits(MockLimits.DEFAULT.withMaxConnections(4));
    try (MockClient client = MockClient.start(options)) {
      List<Socket> idle = new ArrayList<>();
      try {
        for (int i = 0; i < 4; i++) {
          idle.add(new Socket("127.0.0.1", client.mock.port()));
        }
        Thread.sleep(200);
        HttpRequest request = HttpRequest.newBuilder(URI.create(client.mock.baseUri() + "/pets/1"))
            .timeout(Duration.ofMillis(1500)).build();
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()))
            .isInstanceOf(HttpTimeoutException.class);
        idle.remove(0).close();
        idle.remove(0).close();
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(request.uri())
            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
      } finally {
        for (Socket s : idle) {
          s.close();
        }
      }
    }
  }
}
