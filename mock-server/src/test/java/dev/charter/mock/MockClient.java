package dev.charter.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Real HTTP against a running mock, with the JDK client: the way every test talks to it. */
final class MockClient implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path FIXTURES = Path.of("src/test/resources/fixtures").toAbsolutePath();

  final RunningMock mock;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  MockClient(RunningMock mock) {
    this.mock = mock;
  }

  static MockClient start(MockOptions options) {
    try {
      return new MockClient(MockServer.start(options));
    } catch (Exception e) {
      throw new IllegalStateException("mock did not start: " + e, e);
    }
  }

  static MockOptions fixture(String name) {
    return MockOptions.of(SpecSource.file(FIXTURES.resolve(name)));
  }

  /** A request to {@code path} (with query) on the mock. */
  Call call(String method, String path) {
    return new Call(method, path);
  }

  Reply get(String path, String... headers) {
    return call("GET", path).headers(headers).send();
  }

  final class Call {
    private final String method;
    private final String path;
    private final List<String> headers = new ArrayList<>();
    private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

    Call(String method, String path) {
      this.method = method;
      this.path = path;
    }

    Call headers(String... nameValues) {
      for (String h : nameValues) {
        int colon = h.indexOf(':');
        headers.add(h.substring(0, colon).trim());
        headers.add(h.substring(colon + 1).trim());
      }
      return this;
    }

    Call json(String text) {
      headers("Content-Type: application/json");
      body = HttpRequest.BodyPublishers.ofString(text.replace('\'', '"'));
      return this;
    }

    Call body(String contentType, String text) {
      headers("Content-Type: " + contentType);
      body = HttpRequest.BodyPublishers.ofString(text);
      return this;
    }

    Reply send() {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(mock.baseUri() + path))
          .timeout(Duration.ofSeconds(10))
          .method(method, body);
      for (int i = 0; i < headers.size(); i += 2) {
        b.header(headers.get(i), headers.get(i + 1));
      }
      try {
        return new Reply(http.send(b.build(), HttpResponse.BodyHandlers.ofString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  record Reply(HttpResponse<String> response) {
    int status() {
      return response.statusCode();
    }

    String body() {
      return response.body();
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    JsonNode json() {
      try {
        return JSON.readTree(response.body());
      } catch (IOException e) {
        throw new IllegalStateException("not JSON: " + response.body(), e);
      }
    }

    @Override
    public String toString() {
      return status() + " " + response.headers().map() + " " + body();
    }
  }

  @Override
  public void close() {
    mock.close();
  }
}
