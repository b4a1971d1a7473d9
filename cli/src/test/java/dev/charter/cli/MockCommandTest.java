package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code charter mock}: a real process serving over HTTP and stopping on SIGTERM; bad input is one line and exit 2. */
class MockCommandTest {
  private static final Path DIR = Path.of("src/test/resources/mock").toAbsolutePath();

  @Test
  void servesUntilSigtermThenStopsGracefully() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    // standard error to a file: the process's pipes are closed on our side when it is stopped
    Path errFile = Files.createTempFile("charter-mock", ".err");
    Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        "dev.charter.cli.Main", "mock", DIR.resolve("pets.yaml").toString(), "--port", "0")
        .redirectError(errFile.toFile()).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String url = out.readLine();
      assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+");
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/pets/1")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("Rex");
      HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(url + "/pets/x")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(bad.statusCode()).isEqualTo(422);
      assertThat(out.readLine()).contains(" GET /api/pets/1 200 ").endsWith("valid");
      assertThat(out.readLine()).contains(" GET /pets/x 422 ").endsWith("invalid(1)");
      p.destroy();
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isZero();
      String err = Files.readString(errFile);
      assertThat(err).contains("charter mock: serving CLI pets at " + url + " (and " + url + "/api)")
          .contains("live docs at " + url + "/_charter/docs/").contains("stopping").contains("stopped after 2 requests");
      assertThat(err).doesNotContain("INFO").doesNotContain("XNIO");
    } finally {
      p.destroyForcibly();
      Files.deleteIfExists(errFile);
    }
  }

  @Test
  void badInputIsOneLineAndExitCode2() throws Exception {
    CliRun missing = CliRun.in(DIR, "mock", "nope.yaml", "--port", "0");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.errLines()).hasSize(1);
    assertThat(missing.err()).contains("nope.yaml");

    CliRun async = CliRun.in(DIR, "mock", "events.yaml", "--port", "0");
    assertThat(async.exitCode()).isEqualTo(2);
    assertThat(async.errLines()).hasSize(1);
    assertThat(async.err()).contains("charter mock serves OpenAPI");

    try (ServerSocket taken = new ServerSocket(0)) {
      CliRun busy = CliRun.in(DIR, "mock", "pets.yaml", "--port", Integer.toString(taken.getLocalPort()));
      assertThat(busy.exitCode()).isEqualTo(2);
      assertThat(busy.errLines()).hasSize(1);
      assertThat(busy.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort());
    }

    CliRun port = CliRun.in(DIR, "mock", "pets.yaml", "--port", "http");
    assertThat(port.exitCode()).isEqualTo(2);
    assertThat(port.err()).contains("--port");
    List<String> lines = new ArrayList<>(port.errLines());
    assertThat(lines.get(0)).startsWith("charter: ");

    CliRun range = CliRun.in(DIR, "mock", "pets.yaml", "--port", "99999");
    assertThat(range.exitCode()).isEqualTo(2);
    assertThat(range.errLines().get(0)).isEqualTo("charter: --port must be between 0 and 65535, not 99999");
    assertThat(range.err()).doesNotContain("Exception");
  }

  @Test
  void helpListsTheOptions() {
    CliRun help = CliRun.in(DIR, "mock", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("--dynamic").contains("--seed").contains("--cors-origin").contains("--no-cors")
        .contains("--verify-jwt").contains("--watch").contains("--max-body-size").contains("--log-format");
  }
}
