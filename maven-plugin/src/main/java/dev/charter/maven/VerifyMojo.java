package dev.charter.maven;

import dev.charter.codegen.contract.CaseDeriver;
import dev.charter.codegen.contract.ContractChecks;
import dev.charter.codegen.contract.Verifier;
import dev.charter.codegen.contract.VerifySettings;
import dev.charter.codegen.contract.runtime.ContractClient;
import dev.charter.codegen.contract.runtime.ContractSpec;
import dev.charter.codegen.contract.runtime.Credentials;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.report.Report;
import dev.charter.core.report.ReportContext;
import dev.charter.core.report.Reporters;
import dev.charter.core.source.Repositories;
import dev.charter.core.spec.SpecDocument;
import java.io.File;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks a running server against its spec, request by request, and fails the build on any failed
 * check: {@code charter verify} in a build. By default the server is the mock that
 * {@code mock-start} started; point {@code server} at the application under test to check it.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.INTEGRATION_TEST, threadSafe = true)
public final class VerifyMojo extends CharterMojo {
  /** Failures named in the failure message; the log and the reports have all of them. */
  private static final int NAMED_IN_FAILURE = 10;

  /** Skip this goal. {@code -Dcharter.skip} skips every charter goal. */
  @Parameter(property = "charter.verify.skip", defaultValue = "${charter.skip}")
  boolean skip;

  /** The OpenAPI 2.0, 3.0 or 3.1 spec the server implements. Default: the only spec in {@code src/main/openapi}. */
  @Parameter(property = "charter.spec")
  String spec;

  /**
   * Base URL of the server, with any base path ({@code http://localhost:8080/v1}). Default: the URL
   * of the mock that mock-start started ({@code ${charter.mock.url}}).
   */
  @Parameter(property = "charter.verify.server", defaultValue = "${charter.mock.url}")
  String server;

  /** Seed of generated requests; the same seed sends the same requests. Default: charter.yaml's {@code verify.seed}, else 0. */
  @Parameter(property = "charter.verify.seed")
  Long seed;

  /** Generated valid requests per operation beyond the examples, and the most invalid ones. Default: {@code verify.max-cases}, else 5. */
  @Parameter(property = "charter.verify.maxCases")
  Integer maxCases;

  /** Only these operations, by operationId or as {@code METHOD /path}. Default: all. */
  @Parameter(property = "charter.verify.operations")
  List<String> operations;

  /** Seconds to wait for each response. Default: {@code verify.timeout}, else 10. */
  @Parameter(property = "charter.verify.timeout")
  Double timeout;

  /** Requests in flight at once, 1 to 16. Default: {@code verify.concurrency}, else 4. */
  @Parameter(property = "charter.verify.concurrency")
  Integer concurrency;

  /** Headers for every request (except those that check credentials are required), each {@code Name: value}. */
  @Parameter
  List<String> headers;

  /** API keys by the name of their apiKey scheme (or of its header, query parameter or cookie). Default: {@code CHARTER_API_KEY_<NAME>}. */
  @Parameter
  Map<String, String> apiKeys;

  /** Token for HTTP bearer, OAuth 2 and OpenID Connect schemes. Default: {@code CHARTER_BEARER}. */
  @Parameter
  String bearer;

  /** {@code USER:PASSWORD} for HTTP basic schemes. Default: {@code CHARTER_BASIC}. */
  @Parameter
  String basic;

  /** Send no invalid requests. */
  @Parameter(property = "charter.verify.noNegative", defaultValue = "false")
  boolean noNegative;

  /** Send no requests without credentials. */
  @Parameter(property = "charter.verify.noAuth", defaultValue = "false")
  boolean noAuth;

  /**
   * Reports to write: {@code FORMAT} or {@code FORMAT=FILE}; {@code junit} lists one test case per
   * request. Without a file, a report goes to {@code reportsDirectory/verify.<extension>}. Default: none.
   */
  @Parameter(property = "charter.verify.formats")
  List<String> formats;

  /** Where reports without a file of their own go. */
  @Parameter(property = "charter.reportsDirectory", defaultValue = "${project.build.directory}/charter")
  File reportsDirectory;

  @Override
  String goal() {
    return "verify";
  }

  @Override
  String section() {
    return "verify";
  }

  @Override
  boolean skip() {
    return skip;
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    long seedValue = seed != null ? seed : number("seed", 0L, Long::valueOf);
    int cases = maxCases != null ? maxCases : number("max-cases", CaseDeriver.Options.DEFAULT.maxCases(), Integer::valueOf);
    double timeoutSeconds = timeout != null ? timeout : number("timeout", 10.0, Double::valueOf);
    int inFlight = concurrency != null ? concurrency : number("concurrency", 4, Integer::valueOf);
    String serverUrl = server != null && !server.isBlank() ? server : setting((String) null, "server", null);
    URI base;
    Credentials credentials;
    try {
      VerifySettings.checkLimits(cases, inFlight, timeoutSeconds);
      if (serverUrl == null) {
        throw new MojoExecutionException("charter:verify: no server: set <server>, or run charter:mock-start before "
            + "charter:verify to check the mock");
      }
      base = VerifySettings.server(serverUrl);
      List<String> keys = new ArrayList<>();
      (apiKeys == null ? Map.<String, String>of() : apiKeys).forEach((name, value) -> keys.add(name + "=" + value));
      credentials = VerifySettings.credentials(Credentials.fromEnvironment(System.getenv(), new Properties()),
          Optional.ofNullable(bearer), Optional.ofNullable(basic), keys, headers == null ? List.of() : headers);
    } catch (VerifySettings.Invalid e) {
      throw new MojoExecutionException("charter:verify: " + parameterName(e.option()) + " " + e.problem());
    }
    ReportFormats reports = ReportFormats.parse(goal(), formats, reportsDirectory.toPath(), basedir());
    SpecDocument document = load(oneSpec(spec));
    Optional<Diagnostic> unsupported = VerifySettings.unsupported(document);
    if (unsupported.isPresent()) {
      throw Problems.inputError(goal(), List.of(unsupported.get()), basedir());
    }
    ContractSpec contract = ContractSpec.of(document);
    Duration perResponse = Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000)));
    List<HttpOperation> selected;
    try {
      selected = Verifier.select(contract, operations == null ? List.of() : operations);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("charter:verify: operations: " + e.getMessage());
    }
    Optional<String> unreachable = VerifySettings.unreachable(base, perResponse);
    if (unreachable.isPresent()) {
      throw Problems.inputError(goal(), List.of(new Diagnostic("server-unreachable", Severity.ERROR,
          unreachable.get(), Location.ofFile(base.toString()))), basedir());
    }

    ContractClient client = new ContractClient(base, credentials, contract, perResponse);
    Verifier.Result result = new Verifier(client, new CaseDeriver.Options(seedValue, cases, !noNegative, !noAuth), inFlight)
        .verify(selected);
    List<Diagnostic> failures = result.diagnostics();
    failures.forEach(this::logFinding);
    result.notes().forEach(n -> getLog().debug("charter:verify: note: " + n));
    Report report = new Report("verify", charterVersion(), List.of(document.root().name()), failures,
        ContractChecks.rules(), result.cases());
    ReportContext context = new ReportContext(basedir(), Repositories.top(basedir()), false);
    reports.write(format -> Reporters.render(format, report, context), basedir(), getLog());

    int total = result.outcomes().size();
    String summary = total + (total == 1 ? " case" : " cases") + " against " + base + " (seed " + seedValue + "): "
        + result.passed() + " passed, " + result.failed() + " failed, " + result.skipped() + " skipped";
    if (failures.isEmpty()) {
      getLog().info("charter:verify: " + summary);
      return;
    }
    StringBuilder message = new StringBuilder("charter:verify: " + summary + ":");
    message.append(Problems.listed(failures, NAMED_IN_FAILURE, basedir()));
    throw new MojoFailureException(message.toString());
  }

  /** A number from charter.yaml's verify section, or {@code fallback}. */
  private <T extends Number> T number(String key, T fallback, Function<String, T> parse) throws MojoExecutionException {
    String text = setting((String) null, key, null);
    if (text == null) {
      return fallback;
    }
    try {
      return parse.apply(text.trim());
    } catch (NumberFormatException e) {
      throw invalidSetting(null, parameterName(key), key, "'" + text + "' is not a number");
    }
  }

  /** The parameter a setting is given by here: {@code max-cases} is {@code maxCases}. */
  private static String parameterName(String option) {
    return switch (option) {
      case "max-cases" -> "maxCases";
      case "api-key" -> "apiKeys";
      case "header" -> "headers";
      default -> option;
    };
  }
}
