package dev.charter.codegen.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.codegen.contract.runtime.ContractClient;
import dev.charter.codegen.contract.runtime.ContractSpec;
import dev.charter.codegen.testing.InProcessCompiler;
import dev.charter.core.report.ReportCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code charter generate tests} for the inventory fixture: the project compiles against what its
 * pom declares, its tests read as tests, and run against the hand-written server they give, case by
 * case, the verdict {@code charter verify} gives, sending the very same requests.
 */
class GeneratedTestsTest {
  private static final CaseDeriver.Options CASES = CaseDeriver.Options.DEFAULT.withMaxCases(3).withSeed(7);
  private static final Map<String, String> CREDENTIALS = Map.of("charter.bearer", "test-token", "charter.apiKey.key", "test-key");

  @TempDir static Path dir;
  private static ContractSpec spec;
  private static GeneratedProject project;

  @BeforeAll
  static void generateAndCompile() throws Exception {
    spec = Fixtures.inventory();
    project = GeneratedProject.generate(spec.document(), new ContractTestsGenerator.Options("com.example.inventory.contract",
        CASES), dir.resolve("inventory-tests"));
    InProcessCompiler.Result compiled = project.compile();
    assertThat(compiled.ok()).as(compiled.summary()).isTrue();
  }

  /** verify's verdict per case, keyed as the generated tests are: suite and {@code #n label}. */
  private static Map<String, GeneratedProject.TestResult.Status> verify(InventoryServer server) {
    ContractClient client = new ContractClient(server.baseUrl(), Fixtures.inventoryCredentials(), spec, Duration.ofSeconds(10));
    Verifier.Result result = new Verifier(client, CASES, 2).verify(spec.model().operations());
    Map<String, GeneratedProject.TestResult.Status> out = new LinkedHashMap<>();
    for (ReportCase c : result.cases()) {
      out.put(c.suite() + " " + c.name(), c.skipped().isPresent() ? GeneratedProject.TestResult.Status.SKIPPED
          : c.failures().isEmpty() ? GeneratedProject.TestResult.Status.PASSED : GeneratedProject.TestResult.Status.FAILED);
    }
    return out;
  }

  private static Map<String, GeneratedProject.TestResult.Status> statuses(Map<String, GeneratedProject.TestResult> results) {
    Map<String, GeneratedProject.TestResult.Status> out = new LinkedHashMap<>();
    results.forEach((k, v) -> out.put(k, v.status()));
    return out;
  }

  @Test
  void theProjectHasAClassPerOperationTheSpecTheRuntimeAndAPom() throws IOException {
    List<String> files = project.result().files().stream().map(f -> f.path().value()).toList();
    String pkg = "src/test/java/com/example/inventory/contract/";
    assertThat(files).contains(pkg + "ListItemsTest.java", pkg + "CreateItemTest.java", pkg + "GetItemTest.java",
        pkg + "DeleteItemTest.java", pkg + "support/ApiContract.java", pkg + "support/Checks.java",
        "src/test/resources/charter/inventory.yaml", "pom.xml", "README.md");
    assertThat(Files.readString(dir.resolve("inventory-tests/src/test/resources/charter/inventory.yaml")))
        .isEqualTo(Files.readString(Fixtures.resource("inventory.yaml")));
  }

  @Test
  void thePomIsWellFormedAndDeclaresEverythingTheSourcesImportInTestScope() throws Exception {
    var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("inventory-tests/pom.xml").toFile());
    NodeList deps = pom.getElementsByTagName("dependency");
    Map<String, String> declared = new LinkedHashMap<>();
    for (int i = 0; i < deps.getLength(); i++) {
      Element d = (Element) deps.item(i);
      String coordinates = text(d, "groupId") + ":" + text(d, "artifactId");
      assertThat(text(d, "scope")).as(coordinates).isEqualTo("test");
      declared.put(coordinates, text(d, "version"));
    }
    assertThat(declared).containsOnlyKeys("org.junit.jupiter:junit-jupiter", "com.fasterxml.jackson.core:jackson-databind",
        "dev.charter:charter-core");
    java.util.Properties versions = ContractTestsGenerator.versions();
    assertThat(text(pom.getDocumentElement(), "charter.version")).isEqualTo(versions.getProperty("charter.version"))
        .doesNotContain("${");
    assertThat(text(pom.getDocumentElement(), "junit.version")).matches("\\d+\\.\\d+\\.\\d+");
    assertThat(text(pom.getDocumentElement(), "jackson.version")).matches("\\d+\\.\\d+\\.\\d+");

    // every import comes from the JDK, the project itself, or a declared dependency
    Pattern imports = Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);
    Set<String> prefixes = new TreeSet<>();
    for (Path source : project.sources()) {
      Matcher m = imports.matcher(Files.readString(source));
      while (m.find()) {
        prefixes.add(m.group(1));
      }
    }
    assertThat(prefixes).allSatisfy(p -> assertThat(p).matches(
        "(java|javax)\\..*|com\\.example\\.inventory\\.contract(\\..*)?|org\\.junit\\.jupiter\\..*|com\\.fasterxml\\.jackson\\..*|dev\\.charter\\.core\\..*"));
    assertThat(prefixes).anyMatch(p -> p.startsWith("dev.charter.core.")).anyMatch(p -> p.startsWith("com.fasterxml.jackson."))
        .anyMatch(p -> p.startsWith("org.junit.jupiter."));
  }

  private static String text(Element parent, String tag) {
    NodeList n = parent.getElementsByTagName(tag);
    return n.getLength() == 0 ? null : n.item(0).getTextContent().trim();
  }

  @Test
  void aGeneratedTestSpellsOutItsRequestAndItsAssertions() throws IOException {
    String source = Files.readString(dir.resolve("inventory-tests/src/test/java/com/example/inventory/contract/CreateItemTest.java"));
    assertThat(source)
        .contains("@DisplayName(\"POST /items (createItem)\")\nclass CreateItemTest {")
        .contains("""
              @Test
              @DisplayName("#1 example 'lamp'")
              void case1_exampleLamp() {
                ApiRequest request = ApiRequest.to("POST", "/items")
                    .header("Accept", "application/json")
                    .body("application/json", "{\\"name\\":\\"Desk lamp\\",\\"price\\":25.5,\\"tags\\":[\\"new\\"]}")
                    .security("bearer");
                assumeTrue(ApiContract.client().canAuthenticate(request), () -> ApiContract.client().missingCredentials(request));
                Checks checks = ApiContract.send("POST", "/items", request);
                checks.notAServerError();
                checks.accepted();
                switch (checks.documentedStatus("201", "400", "401")) {
                  case "201" -> {
                    checks.contentType("application/json");
                    checks.body();
                  }
                  case "400" -> {
                    checks.contentType("application/json");
                    checks.body();
                  }
                  default -> {
            """)
        .contains("    checks.rejected(\"the request body ")
        .contains("""
                    .withoutCredentials();
                Checks checks = ApiContract.send("POST", "/items", request);
                checks.notAServerError();
                checks.authRejected();
                checks.assertPassed();
            """);
  }

  @Test
  void againstTheCorrectServerEveryGeneratedTestPasses() throws Exception {
    try (InventoryServer server = InventoryServer.start(InventoryServer.Fault.NONE)) {
      Map<String, GeneratedProject.TestResult> results = project.run(server.baseUrl(), CREDENTIALS);
      assertThat(results.values()).isNotEmpty().allSatisfy(r ->
          assertThat(r.status()).as(r.suite() + " " + r.name() + ": " + r.message()).isEqualTo(GeneratedProject.TestResult.Status.PASSED));
      assertThat(statuses(results)).isEqualTo(verify(server));
    }
  }

  @ParameterizedTest
  @EnumSource(value = InventoryServer.Fault.class, mode = EnumSource.Mode.EXCLUDE, names = "NONE")
  void againstAWrongServerTheGeneratedTestsFailWhereVerifyFails(InventoryServer.Fault fault) throws Exception {
    try (InventoryServer server = InventoryServer.start(fault)) {
      Map<String, GeneratedProject.TestResult> results = project.run(server.baseUrl(), CREDENTIALS);
      assertThat(statuses(results)).isEqualTo(verify(server));
      List<GeneratedProject.TestResult> failed = results.values().stream()
          .filter(r -> r.status() == GeneratedProject.TestResult.Status.FAILED).toList();
      assertThat(failed).isNotEmpty().allSatisfy(r -> {
        assertThat(fault.checks.stream().anyMatch(c -> r.message().contains("[" + c + "]"))).as(r.message()).isTrue();
        assertThat(r.message()).contains("\nreproduce: curl -i -X ");
      });
    }
  }

  @Test
  void theGeneratedTestsSendExactlyTheRequestsVerifySends() throws Exception {
    List<String> fromTests;
    List<String> fromVerify;
    try (InventoryServer server = InventoryServer.start(InventoryServer.Fault.NONE)) {
      project.run(server.baseUrl(), CREDENTIALS);
      fromTests = new ArrayList<>(server.received());
    }
    try (InventoryServer server = InventoryServer.start(InventoryServer.Fault.NONE)) {
      verify(server);
      fromVerify = new ArrayList<>(server.received());
    }
    fromTests.sort(null);
    fromVerify.sort(null);
    assertThat(fromTests).hasSizeGreaterThan(20).isEqualTo(fromVerify);
  }

  @Test
  void withoutCredentialsTheTestsThatNeedThemAreSkippedWithTheSettingToFix() throws Exception {
    try (InventoryServer server = InventoryServer.start(InventoryServer.Fault.NONE)) {
      Map<String, GeneratedProject.TestResult> results = project.run(server.baseUrl(), Map.of());
      assertThat(results.values()).filteredOn(r -> r.status() == GeneratedProject.TestResult.Status.SKIPPED)
          .isNotEmpty()
          .allSatisfy(r -> assertThat(r.suite()).matches("(POST|DELETE) .*"))
          .anySatisfy(r -> assertThat(r.message()).contains("bearer (set CHARTER_BEARER)"));
      assertThat(results.values()).noneMatch(r -> r.status() == GeneratedProject.TestResult.Status.FAILED);
    }
  }

  @Test
  void withoutAServerEveryTestFailsNamingTheSettingToFix() throws Exception {
    Map<String, GeneratedProject.TestResult> results = project.runWithoutServer(CREDENTIALS);
    assertThat(results.values()).isNotEmpty().allSatisfy(r -> {
      assertThat(r.status()).isEqualTo(GeneratedProject.TestResult.Status.FAILED);
      assertThat(r.message()).contains("-Dcharter.baseUrl=").contains("CHARTER_BASE_URL");
    });
  }
}
