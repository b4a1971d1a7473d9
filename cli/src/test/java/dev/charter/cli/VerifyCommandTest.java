package dev.charter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.charter.mock.MockOptions;
import dev.charter.mock.MockServer;
import dev.charter.mock.RunningMock;
import dev.charter.mock.SpecSource;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code charter verify} from the command line, against charter mock and against a server that gets everything wrong. */
class VerifyCommandTest {
  private static final Path PETSTORE = Path.of("..", "examples", "petstore.yaml").toAbsolutePath().normalize();

  private static RunningMock mock;
  /** Answers every request with 200 and a JSON body no Petstore schema allows. */
  private static HttpServer wrong;

  @TempDir Path dir;

  @BeforeAll
  static void servers() throws Exception {
    mock = MockServer.start(MockOptions.of(SpecSource.file(PETSTORE)));
    wrong = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    wrong.createContext("/", ex -> {
      try (ex) {
        ex.getRequestBody().readAllBytes();
        byte[] body = "{\"oops\":true}".getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
      }
    });
    wrong.start();
  }

  @AfterAll
  static void stop() {
    mock.close();
    wrong.stop(0);
  }

  private static String wrongUrl() {
    return "http://127.0.0.1:" + wrong.getAddress().getPort() + "/v1";
  }

  private CliRun verify(Map<String, String> env, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "verify";
    System.arraycopy(args, 0, all, 1, args.length);
    return CliRun.in(dir, "", env, all);
  }

  @Test
  void againstTheMockEveryCasePassesAndTheExitCodeIsZero() {
    CliRun run = verify(Map.of(), PETSTORE.toString(), "--server", mock.serverUri().toString(), "--bearer", "token",
        "--max-cases", "2");
    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    assertThat(run.out()).contains("No problems");
    assertThat(run.err()).matches("(?s)charter verify: \\d+ cases against http://127\\.0\\.0\\.1:\\d+/v1 \\(seed 0\\): "
        + "(\\d+) passed, 0 failed, 0 skipped\\n");
  }

  @Test
  void optionsCanComeFromCharterYaml() throws IOException {
    Files.writeString(dir.resolve("charter.yaml"), "verify:\n  server: " + mock.serverUri() + "\n  max-cases: 0\n  no-negative: true\n");
    CliRun run = verify(Map.of("CHARTER_BEARER", "token"), PETSTORE.toString(), "--format", "junit");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("generated #").doesNotContain("is 'charter'").contains("without credentials");
  }

  @Test
  void aListOfHeadersInCharterYamlSendsEachHeaderWhole() throws Exception {
    java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    HttpServer recording = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    recording.createContext("/", ex -> {
      try (ex) {
        seen.add(ex.getRequestHeaders().getFirst("X-A") + "|" + ex.getRequestHeaders().getFirst("X-B"));
        ex.sendResponseHeaders(204, -1);
      }
    });
    recording.start();
    try {
      Files.writeString(dir.resolve("charter.yaml"), "verify:\n  header: ['X-A: 1, 2', 'X-B: 3']\n  max-cases: 0\n"
          + "  no-negative: true\n  no-auth: true\n  operation: listPets\n");
      verify(Map.of("CHARTER_BEARER", "token"), PETSTORE.toString(),
          "--server", "http://127.0.0.1:" + recording.getAddress().getPort() + "/v1");
    } finally {
      recording.stop(0);
    }
    assertThat(seen).isNotEmpty().contains("1, 2|3");
  }

  @Test
  void credentialsComeFromTheEnvironmentToo() {
    CliRun run = verify(Map.of("CHARTER_BEARER", "token"), PETSTORE.toString(), "--server", mock.serverUri().toString(),
        "--max-cases", "1");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains(" 0 failed, 0 skipped");
  }

  @Test
  void withoutCredentialsProtectedCasesAreSkippedButAuthIsStillChecked() {
    CliRun run = verify(Map.of(), PETSTORE.toString(), "--server", mock.serverUri().toString(), "--max-cases", "1",
        "--format", "junit");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).containsPattern("\\d+ passed, 0 failed, [1-9]\\d* skipped");
    assertThat(run.out()).contains("<skipped message=\"no credentials for bearerAuth (set CHARTER_BEARER)\"/>")
        .contains("name=\"#")
        .contains("without credentials\"/>");
  }

  @Test
  void againstAWrongServerEveryFailureIsReportedWithItsReproducerAndTheExitCodeIsOne() throws Exception {
    Path junit = dir.resolve("reports/verify.xml");
    CliRun run = verify(Map.of(), PETSTORE.toString(), "--server", wrongUrl(), "--bearer", "secret-token",
        "--max-cases", "1", "--format", "stylish", "--format", "junit=" + junit);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("response-schema-conformance")
        .contains("negative-data-rejection")
        .contains("auth-enforced")
        .contains("reproduce: curl -i -X GET 'http://127.0.0.1:")
        .contains("-H 'Authorization: Bearer '\"$CHARTER_BEARER\"")
        .doesNotContain("secret-token");
    assertThat(run.err()).containsPattern("charter verify: (\\d+) cases .*: 0 passed, \\1 failed, 0 skipped");

    // JUnit: one test case per request, each failed one with its findings
    var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
    Element root = xml.getDocumentElement();
    NodeList cases = root.getElementsByTagName("testcase");
    assertThat(Integer.parseInt(root.getAttribute("tests"))).isEqualTo(cases.getLength()).isGreaterThan(10);
    assertThat(root.getAttribute("failures")).isEqualTo(root.getAttribute("tests"));
    NodeList suites = root.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(4);
    assertThat(((Element) suites.item(0)).getAttribute("name")).isEqualTo("GET /pets (listPets)");
    Element failure = (Element) ((Element) cases.item(0)).getElementsByTagName("failure").item(0);
    assertThat(failure.getTextContent()).contains("examples/petstore.yaml:").contains("reproduce: curl");
  }

  @Test
  void onlyTheOperationsAskedForAreVerified() {
    CliRun run = verify(Map.of(), PETSTORE.toString(), "--server", wrongUrl(), "--bearer", "t", "--max-cases", "0",
        "--operation", "getPet", "--operation", "DELETE /pets/{id}", "--format", "junit");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("GET /pets/{petId} (getPet)").contains("DELETE /pets/{petId} (deletePet)")
        .doesNotContain("listPets").doesNotContain("createPet");
  }

  @Test
  void theSameSeedSendsTheSameRequests() {
    String[] args = {PETSTORE.toString(), "--server", wrongUrl(), "--bearer", "t", "--max-cases", "3", "--seed", "11"};
    CliRun first = verify(Map.of(), args);
    CliRun second = verify(Map.of(), args);
    assertThat(first.out()).isEqualTo(second.out()).contains("generated #3");
    args[args.length - 1] = "12";
    assertThat(verify(Map.of(), args).out()).isNotEqualTo(first.out());
  }

  @Test
  void aServerThatHangsUpIsSaidInWords() throws Exception {
    try (var socket = new java.net.ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread hangUp = new Thread(() -> {
        while (!socket.isClosed()) {
          try {
            socket.accept().close();
          } catch (IOException e) {
            return;
          }
        }
      });
      hangUp.setDaemon(true);
      hangUp.start();
      CliRun run = verify(Map.of(), PETSTORE.toString(), "--server", "http://127.0.0.1:" + socket.getLocalPort());
      assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
      assertThat(run.out()).contains("the server closed the connection without a complete response")
          .doesNotContain("IOException");
    }
  }

  @Test
  void badInputIsOneLineAndExitCodeTwo() throws IOException {
    CliRun badUrl = verify(Map.of(), PETSTORE.toString(), "--server", "ftp://example.com");
    assertThat(badUrl.exitCode()).isEqualTo(2);
    assertThat(badUrl.errLines()).containsExactly(
        "--server: error: --server must be http(s)://host[:port][/base/path], not 'ftp://example.com' [usage-error]");

    int closed;
    try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    CliRun unreachable = verify(Map.of(), PETSTORE.toString(), "--server", "http://127.0.0.1:" + closed);
    assertThat(unreachable.exitCode()).isEqualTo(2);
    assertThat(unreachable.errLines()).hasSize(1);
    assertThat(unreachable.err()).startsWith("--server: error: cannot connect to http://127.0.0.1:" + closed);

    CliRun unknownOperation = verify(Map.of(), PETSTORE.toString(), "--server", mock.serverUri().toString(),
        "--operation", "feedPets");
    assertThat(unknownOperation.exitCode()).isEqualTo(2);
    assertThat(unknownOperation.err()).contains("no operation feedPets in the spec");

    CliRun missing = verify(Map.of(), "nope.yaml", "--server", mock.serverUri().toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.errLines()).hasSize(1);
    assertThat(missing.err()).startsWith("nope.yaml");

    Path broken = Files.writeString(dir.resolve("broken.yaml"), "openapi: 3.0.3\ninfo: {title: x, version: '1'\npaths: {}\n");
    CliRun malformed = verify(Map.of(), broken.toString(), "--server", mock.serverUri().toString());
    assertThat(malformed.exitCode()).isEqualTo(2);
    assertThat(malformed.errLines()).hasSize(1);
    assertThat(malformed.err()).matches("broken\\.yaml:\\d+:\\d+: error: .*\\n");

    Path async = Files.writeString(dir.resolve("events.yaml"), "asyncapi: 2.6.0\ninfo: {title: x, version: '1'}\nchannels: {}\n");
    CliRun asyncapi = verify(Map.of(), async.toString(), "--server", mock.serverUri().toString());
    assertThat(asyncapi.exitCode()).isEqualTo(2);
    assertThat(asyncapi.err()).contains("verify reads OpenAPI 2.0, 3.0 and 3.1 specs, not AsyncAPI");

    CliRun badKey = verify(Map.of(), PETSTORE.toString(), "--server", mock.serverUri().toString(), "--api-key", "novalue");
    assertThat(badKey.exitCode()).isEqualTo(2);
    assertThat(badKey.err()).contains("--api-key takes NAME=VALUE");

    CliRun noServer = verify(Map.of(), PETSTORE.toString());
    assertThat(noServer.exitCode()).isEqualTo(2);
    assertThat(noServer.err()).contains("--server");
  }
}
