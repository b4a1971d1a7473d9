package dev.charter.codegen.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.codegen.contract.runtime.Checks;
import dev.charter.codegen.contract.runtime.ContractClient;
import dev.charter.codegen.contract.runtime.ContractSpec;
import dev.charter.codegen.contract.runtime.Credentials;
import dev.charter.codegen.testing.InProcessCompiler;
import dev.charter.codegen.testing.Specs;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.model.SecurityScheme;
import dev.charter.core.report.ReportCase;
import dev.charter.mock.MockOptions;
import dev.charter.mock.MockServer;
import dev.charter.mock.RunningMock;
import dev.charter.mock.SpecSource;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The judged path: for Petstore and three corpus specs (Swagger 2.0, OpenAPI 3.0, OpenAPI 3.1),
 * {@code charter verify} finds nothing wrong with {@code charter mock} serving the same spec, and
 * the generated contract tests compile and pass against it; behind a proxy that breaks the schema
 * of every successful response, both fail, and they agree on every case.
 */
class AgainstMockTest {
  private static final CaseDeriver.Options CASES = CaseDeriver.Options.DEFAULT.withMaxCases(2).withSeed(42);

  static Stream<Arguments> specs() {
    return Stream.of(
        Arguments.of("petstore (3.0)", "examples/petstore.yaml"),
        Arguments.of("Swagger 2.0 petstore-expanded", "corpus:openapi/oai-examples/v2.0/petstore-expanded.yaml"),
        Arguments.of("OpenAPI 3.0 Twilio Chat (basic auth, forms)", "corpus:openapi/twilio/twilio_chat_v3.json"),
        Arguments.of("OpenAPI 3.1 RealWorld Conduit (API key, bodies)", "corpus:openapi/realworld-conduit-openapi.yml"));
  }

  private static Path path(String spec) {
    return spec.startsWith("corpus:") ? Specs.corpus(spec.substring("corpus:".length())) : Specs.petstore();
  }

  /** Credentials of every kind the spec's schemes take: the mock only checks that they are there. */
  private static Map<String, String> settings(ContractSpec spec) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("charter.bearer", "mock-token");
    out.put("charter.basic", "user:password");
    for (SecurityScheme s : spec.model().securitySchemes().values()) {
      if (s.type().equals("apiKey")) {
        out.put("charter.apiKey." + s.name(), "mock-key");
      }
    }
    return out;
  }

  private static Map<String, GeneratedProject.TestResult.Status> verdicts(Verifier.Result result) {
    Map<String, GeneratedProject.TestResult.Status> out = new LinkedHashMap<>();
    for (ReportCase c : result.cases()) {
      out.put(c.suite() + " " + c.name(), c.skipped().isPresent() ? GeneratedProject.TestResult.Status.SKIPPED
          : c.failures().isEmpty() ? GeneratedProject.TestResult.Status.PASSED : GeneratedProject.TestResult.Status.FAILED);
    }
    return out;
  }

  private static Map<String, GeneratedProject.TestResult.Status> verdicts(Map<String, GeneratedProject.TestResult> results) {
    Map<String, GeneratedProject.TestResult.Status> out = new LinkedHashMap<>();
    results.forEach((k, v) -> out.put(k, v.status()));
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void verifyAndTheGeneratedTestsPassAgainstTheMockAndFailAgainstAWrongServer(String title, String spec,
      @TempDir Path dir) throws Exception {
    ContractSpec contract = ContractSpec.load(path(spec));
    Map<String, String> settings = settings(contract);
    Credentials credentials = Credentials.fromEnvironment(Map.of(), properties(settings));
    GeneratedProject project = GeneratedProject.generate(contract.document(),
        new ContractTestsGenerator.Options("contracttests", CASES), dir.resolve("tests"));
    InProcessCompiler.Result compiled = project.compile();
    assertThat(compiled.ok()).as(compiled.summary()).isTrue();

    try (RunningMock mock = MockServer.start(MockOptions.of(SpecSource.of(contract.document())))) {
      Verifier.Result verified = verify(contract, mock.baseUri(), credentials);
      assertThat(verified.diagnostics()).as(() -> messages(verified)).isEmpty();
      assertThat(verified.skipped()).isZero();
      assertThat(verified.outcomes()).hasSizeGreaterThanOrEqualTo(5)
          .anyMatch(o -> o.contractCase().kind() == ContractCase.Kind.NEGATIVE);

      Map<String, GeneratedProject.TestResult> results = project.run(mock.baseUri(), settings);
      assertThat(results.values()).allSatisfy(r -> assertThat(r.status()).as(r.suite() + " " + r.name() + ": " + r.message())
          .isEqualTo(GeneratedProject.TestResult.Status.PASSED));
      assertThat(verdicts(results)).isEqualTo(verdicts(verified));

      try (BreakingProxy wrong = BreakingProxy.in(mock.baseUri())) {
        Verifier.Result broken = verify(contract, wrong.baseUri(), credentials);
        assertThat(broken.diagnostics()).isNotEmpty()
            .allSatisfy(d -> assertThat(d.id()).isEqualTo(Checks.RESPONSE_SCHEMA_CONFORMANCE));
        Map<String, GeneratedProject.TestResult> brokenResults = project.run(wrong.baseUri(), settings);
        assertThat(verdicts(brokenResults)).isEqualTo(verdicts(broken));
        assertThat(brokenResults.values()).filteredOn(r -> r.status() == GeneratedProject.TestResult.Status.FAILED)
            .isNotEmpty().allSatisfy(r -> assertThat(r.message()).contains("[response-schema-conformance]"));
      }
    }
  }

  private static Verifier.Result verify(ContractSpec spec, URI base, Credentials credentials) {
    ContractClient client = new ContractClient(base, credentials, spec, Duration.ofSeconds(10));
    return new Verifier(client, CASES, 4).verify(spec.model().operations());
  }

  private static java.util.Properties properties(Map<String, String> settings) {
    java.util.Properties p = new java.util.Properties();
    p.putAll(settings);
    return p;
  }

  private static String messages(Verifier.Result result) {
    return String.join("\n", result.diagnostics().stream().limit(10).map(Diagnostic::message).toList());
  }
}
