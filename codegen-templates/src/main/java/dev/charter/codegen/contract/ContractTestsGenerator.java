package dev.charter.codegen.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.charter.codegen.FileGenerator;
import dev.charter.codegen.GenerationException;
import dev.charter.codegen.contract.runtime.ContractSpec;
import dev.charter.codegen.contract.runtime.Credentials;
import dev.charter.codegen.java.JavaNames;
import dev.charter.codegen.output.OutputPath;
import dev.charter.codegen.output.Staging;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.spec.Bundler;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * {@code charter generate tests}: a Maven project of JUnit 5 contract tests, one class per
 * operation and one test per case {@link CaseDeriver} derives (the cases {@code charter verify}
 * runs with the same seed). The project holds the spec (in {@code src/test/resources/charter/}),
 * the checks runtime as source (package {@code <package>.support}, the same code verify runs), and a
 * pom that pins JUnit, Jackson and charter-core, the only dependencies, all in test scope.
 */
public final class ContractTestsGenerator implements FileGenerator {
  private static final Pattern SAFE_FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,100}");
  private static final List<String> RUNTIME = List.of("ApiRequest", "CheckFailure", "Checks", "ContractClient",
      "ContractSpec", "Credentials", "Curl", "Exchange");
  private static final String RUNTIME_PACKAGE = "dev.charter.codegen.contract.runtime";

  /**
   * @param javaPackage the package of the test classes
   * @param cases how cases are derived (seed, number of generated cases, kinds)
   */
  public record Options(String javaPackage, CaseDeriver.Options cases) {
    public static final String DEFAULT_PACKAGE = "contracttests";

    public Options {
      Objects.requireNonNull(javaPackage, "javaPackage");
      Objects.requireNonNull(cases, "cases");
    }
  }

  private final Options options;

  public ContractTestsGenerator(Options options) {
    this.options = options;
  }

  /** Why {@code name} cannot be a Java package, or null when it can. */
  public static String packageProblem(String name) {
    if (name.isEmpty()) {
      return "the package name is empty";
    }
    for (String segment : name.split("\\.", -1)) {
      if (segment.isEmpty() || !Character.isJavaIdentifierStart(segment.charAt(0))
          || !segment.chars().allMatch(Character::isJavaIdentifierPart) || JavaNames.isReserved(segment)
          || !segment.chars().allMatch(c -> c < 128)) {
        return "'" + name + "' is not a Java package name (dot-separated ASCII identifiers, no keywords)";
      }
    }
    return null;
  }

  @Override
  public String description() {
    return "JUnit 5 contract tests";
  }

  @Override
  public boolean accepts(SpecVersion version) {
    return version.isOpenApi();
  }

  @Override
  public String accepted() {
    return "OpenAPI 2.0, 3.0 and 3.1";
  }

  @Override
  public List<Diagnostic> generate(SpecDocument spec, Staging staging) throws GenerationException {
    String problem = packageProblem(options.javaPackage());
    if (problem != null) {
      throw new GenerationException(new Diagnostic("generate-bad-option", Severity.ERROR, problem, Location.ofFile("--package")));
    }
    List<Diagnostic> notes = new ArrayList<>();
    try {
      String specFile = specResourceName(spec);
      staging.write(OutputPath.of("src/test/resources/charter/" + specFile), specBytes(spec));
      ContractSpec contract = ContractSpec.of(spec);
      CaseDeriver deriver = new CaseDeriver(contract, options.cases());
      TestSourceWriter writer = new TestSourceWriter(options.javaPackage(), specFile);
      String dir = "src/test/java/" + options.javaPackage().replace('.', '/');
      JavaNames.Scope classes = new JavaNames.Scope(true);
      int tests = 0;
      int classesWritten = 0;
      for (HttpOperation op : contract.model().operations()) {
        CaseDeriver.OperationCases derived = deriver.derive(op);
        for (String note : derived.notes()) {
          notes.add(new Diagnostic("generate-tests-note", Severity.INFO, op.display() + ": " + note, op.location()));
        }
        if (derived.cases().isEmpty()) {
          continue;
        }
        String className = classes.claim(JavaNames.typeName(op.operationId().orElse(op.method().name() + " " + op.path()),
            "Operation") + "Test");
        staging.write(dir + "/" + className + ".java", writer.write(className, derived, options.cases().seed()));
        tests += derived.cases().size();
        classesWritten++;
      }
      String support = options.javaPackage() + ".support";
      for (String name : RUNTIME) {
        staging.write(dir + "/support/" + name + ".java", runtimeSource(name, support));
      }
      staging.write(dir + "/support/ApiContract.java", apiContract(support, specFile));
      Properties versions = versions();
      staging.write("pom.xml", pom(contract, versions));
      staging.write("README.md", readme(contract, specFile, classesWritten, tests));
      staging.write(".gitignore", "target/\n");
    } catch (IOException e) {
      throw new GenerationException(new Diagnostic("generate-io-error", Severity.ERROR,
          "could not write the contract tests: " + e.getMessage(), spec.root().locate("")), e);
    }
    return notes;
  }

  /** The spec's own file name when it is a plain one, else {@code openapi.yaml}/{@code .json}; a multi-file spec is bundled into JSON. */
  private static String specResourceName(SpecDocument spec) {
    if (spec.isMultiFile()) {
      return "openapi.json";
    }
    String name = spec.root().name();
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    String base = name.substring(slash + 1);
    String lower = base.toLowerCase(Locale.ROOT);
    boolean known = lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
    if (SAFE_FILE_NAME.matcher(base).matches() && known) {
      return base;
    }
    return spec.root().syntax().name().equals("JSON") ? "openapi.json" : "openapi.yaml";
  }

  private static byte[] specBytes(SpecDocument spec) {
    if (!spec.isMultiFile()) {
      return spec.root().bytes();
    }
    try {
      return JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
          .writeValueAsBytes(Bundler.bundle(spec).tree());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A runtime class's source, as compiled into charter, moved to the generated project's support package. */
  static String runtimeSource(String simpleName, String targetPackage) {
    String resource = "/" + RUNTIME_PACKAGE.replace('.', '/') + "/" + simpleName + ".java";
    try (InputStream in = ContractTestsGenerator.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("charter is built without its contract runtime sources (" + resource + ")");
      }
      String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String declaration = "package " + RUNTIME_PACKAGE + ";";
      if (!source.startsWith(declaration)) {
        throw new IllegalStateException(resource + " does not start with its package declaration");
      }
      return "package " + targetPackage + ";" + source.substring(declaration.length());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String apiContract(String support, String specFile) {
    return "package " + support + ";\n"
        + "\n"
        + "/**\n"
        + " * What every contract test shares: the spec, loaded once, and the client for the server under test,\n"
        + " * made on first use from the environment (see README.md). Both are immutable.\n"
        + " */\n"
        + "public final class ApiContract {\n"
        + "  private ApiContract() {}\n"
        + "\n"
        + "  /** The spec the tests were generated from. */\n"
        + "  public static ContractSpec spec() {\n"
        + "    return SpecHolder.SPEC;\n"
        + "  }\n"
        + "\n"
        + "  /** The client for the server under test; fails with the setting to fix when the server is not set. */\n"
        + "  public static ContractClient client() {\n"
        + "    if (ClientHolder.CLIENT == null) {\n"
        + "      throw new IllegalStateException(ClientHolder.PROBLEM);\n"
        + "    }\n"
        + "    return ClientHolder.CLIENT;\n"
        + "  }\n"
        + "\n"
        + "  /** Sends the request and gives the checks of its response against the operation {@code method path}. */\n"
        + "  public static Checks send(String method, String path, ApiRequest request) {\n"
        + "    return new Checks(spec(), spec().operation(method, path), client().send(request));\n"
        + "  }\n"
        + "\n"
        + "  private static final class SpecHolder {\n"
        + "    static final ContractSpec SPEC = ContractSpec.fromClasspath(" + JavaLiterals.string("/charter/" + specFile) + ");\n"
        + "  }\n"
        + "\n"
        + "  private static final class ClientHolder {\n"
        + "    static final ContractClient CLIENT;\n"
        + "    static final String PROBLEM;\n"
        + "\n"
        + "    static {\n"
        + "      ContractClient client = null;\n"
        + "      String problem = null;\n"
        + "      try {\n"
        + "        client = ContractClient.fromEnvironment(spec());\n"
        + "      } catch (IllegalArgumentException | IllegalStateException e) {\n"
        + "        problem = e.getMessage();\n"
        + "      }\n"
        + "      CLIENT = client;\n"
        + "      PROBLEM = problem;\n"
        + "    }\n"
        + "  }\n"
        + "}\n";
  }

  static Properties versions() {
    Properties p = new Properties();
    try (InputStream in = ContractTestsGenerator.class.getResourceAsStream("/dev/charter/codegen/contract/versions.properties")) {
      if (in == null) {
        throw new IllegalStateException("charter is built without contract/versions.properties");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static String pom(ContractSpec spec, Properties versions) {
    String title = spec.model().title().orElse("API");
    String artifact = slug(title) + "-contract-tests";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<!-- Generated by charter generate tests. Run: mvn test -Dcharter.baseUrl=http://localhost:8080 (see README.md). -->\n"
        + "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"\n"
        + "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
        + "         xsi:schemaLocation=\"http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd\">\n"
        + "  <modelVersion>4.0.0</modelVersion>\n"
        + "  <groupId>contracttests</groupId>\n"
        + "  <artifactId>" + xml(artifact) + "</artifactId>\n"
        + "  <version>1.0.0-SNAPSHOT</version>\n"
        + "  <name>" + xml("Contract tests of " + title) + "</name>\n"
        + "\n"
        + "  <properties>\n"
        + "    <maven.compiler.release>17</maven.compiler.release>\n"
        + "    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>\n"
        + "    <junit.version>" + xml(versions.getProperty("junit.version")) + "</junit.version>\n"
        + "    <jackson.version>" + xml(versions.getProperty("jackson.version")) + "</jackson.version>\n"
        + "    <charter.version>" + xml(versions.getProperty("charter.version")) + "</charter.version>\n"
        + "  </properties>\n"
        + "\n"
        + "  <dependencies>\n"
        + "    <dependency>\n"
        + "      <groupId>org.junit.jupiter</groupId>\n"
        + "      <artifactId>junit-jupiter</artifactId>\n"
        + "      <version>${junit.version}</version>\n"
        + "      <scope>test</scope>\n"
        + "    </dependency>\n"
        + "    <dependency>\n"
        + "      <groupId>com.fasterxml.jackson.core</groupId>\n"
        + "      <artifactId>jackson-databind</artifactId>\n"
        + "      <version>${jackson.version}</version>\n"
        + "      <scope>test</scope>\n"
        + "    </dependency>\n"
        + "    <dependency>\n"
        + "      <!-- Loads the spec and validates responses against its schemas, as charter verify does. -->\n"
        + "      <groupId>dev.charter</groupId>\n"
        + "      <artifactId>charter-core</artifactId>\n"
        + "      <version>${charter.version}</version>\n"
        + "      <scope>test</scope>\n"
        + "    </dependency>\n"
        + "  </dependencies>\n"
        + "\n"
        + "  <build>\n"
        + "    <plugins>\n"
        + "      <plugin>\n"
        + "        <groupId>org.apache.maven.plugins</groupId>\n"
        + "        <artifactId>maven-compiler-plugin</artifactId>\n"
        + "        <version>3.14.1</version>\n"
        + "      </plugin>\n"
        + "      <plugin>\n"
        + "        <groupId>org.apache.maven.plugins</groupId>\n"
        + "        <artifactId>maven-surefire-plugin</artifactId>\n"
        + "        <version>3.5.6</version>\n"
        + "      </plugin>\n"
        + "    </plugins>\n"
        + "  </build>\n"
        + "</project>\n";
  }

  private static String readme(ContractSpec spec, String specFile, int classes, int tests) {
    String title = spec.model().title().orElse("the API");
    return "# Contract tests of " + title + "\n"
        + "\n"
        + "Generated by `charter generate tests` from `src/test/resources/charter/" + specFile + "`: " + tests
        + " tests in " + classes + " classes, one class per operation. Each test sends one request and checks the\n"
        + "response against the spec: no server error, a documented status and content type, the documented\n"
        + "response headers and body schema; requests that break the spec must get a 4xx status, and requests\n"
        + "without credentials to protected operations 401 or 403. A failure lists every failed check and a curl\n"
        + "command that reproduces the request. `charter verify` runs the same cases with the same seed.\n"
        + "\n"
        + "## Run\n"
        + "\n"
        + "```sh\n"
        + "mvn test -Dcharter.baseUrl=http://localhost:8080\n"
        + "```\n"
        + "\n"
        + "| setting | system property | environment variable |\n"
        + "| --- | --- | --- |\n"
        + "| server under test (with any base path) | `charter.baseUrl` | `" + Credentials.BASE_URL_VARIABLE + "` |\n"
        + "| token for bearer, OAuth 2 and OpenID Connect schemes | `charter.bearer` | `" + Credentials.BEARER_VARIABLE + "` |\n"
        + "| `user:password` for HTTP basic schemes | `charter.basic` | `" + Credentials.BASIC_VARIABLE + "` |\n"
        + "| API key of scheme (or header/query/cookie name) NAME | `charter.apiKey.NAME` | `"
        + Credentials.API_KEY_VARIABLE_PREFIX + "NAME` |\n"
        + "| extra headers, `Name: value` per line | `charter.headers` | `" + Credentials.HEADERS_VARIABLE + "` |\n"
        + "| seconds to wait for a response (default 10) | `charter.timeout` | `CHARTER_TIMEOUT` |\n"
        + "\n"
        + "Tests whose operation needs credentials that are not set are skipped, not failed. Prefer environment\n"
        + "variables for secrets in CI; reproducers print them as `$CHARTER_…` references, never their values.\n"
        + "\n"
        + "Do not edit the tests: regenerate them when the spec changes (`charter generate tests SPEC -o DIR`).\n";
  }

  private static String slug(String title) {
    String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "api" : s.length() > 60 ? s.substring(0, 60) : s;
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
