package dev.charter.cli;

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
import dev.charter.core.spec.SpecBatch;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecLoader;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "verify",
    description = {
      "Check a running server against its spec: for every operation, requests built from the spec's examples and "
          + "generated from its schemas (seeded, reproducible), requests that break the spec, and requests "
          + "without credentials; each response checked for server errors, documented status and content type, "
          + "response headers and body schema, rejection of invalid data and enforced authentication.",
      "Every failure names the place in the spec it breaks and the curl command that reproduces it. Requests go "
          + "to --server only; credentials come from the options below or from CHARTER_BEARER, CHARTER_BASIC, "
          + "CHARTER_API_KEY_<NAME> and CHARTER_HEADERS."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every case passed (skipped cases aside)",
      "1:at least one case failed a check",
      "2:usage error, a spec that cannot be loaded, or a server that cannot be reached"
    })
final class VerifyCommand implements Callable<Integer> {

  @ParentCommand CharterCommand parent;
  @Mixin InputOptions input;
  @Mixin OutputOptions output;

  @Parameters(index = "0", paramLabel = "SPEC", description = "The OpenAPI 2.0, 3.0 or 3.1 spec the server implements.")
  String specArgument;

  @Option(names = "--server", required = true, paramLabel = "URL",
      description = "Base URL of the server: each operation's path is appended to it, so include any base path "
          + "(http://localhost:8080/v1).")
  String server;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of generated requests; the same seed sends the same "
      + "requests (default: ${DEFAULT-VALUE}).")
  long seed = 0;

  @Option(names = "--max-cases", paramLabel = "N", description = "Generated valid requests per operation beyond the "
      + "examples, and the most invalid ones (default: ${DEFAULT-VALUE}).")
  int maxCases = CaseDeriver.Options.DEFAULT.maxCases();

  @Option(names = "--operation", paramLabel = "ID", split = ",",
      description = "Only these operations, by operationId or as 'METHOD /path'; repeatable.")
  List<String> operations = new ArrayList<>();

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "How long to wait for each response (default: ${DEFAULT-VALUE}).")
  double timeoutSeconds = 10;

  @Option(names = "--concurrency", paramLabel = "N",
      description = "Requests in flight at once, 1 to 16 (default: ${DEFAULT-VALUE}).")
  int concurrency = 4;

  @Option(names = "--header", paramLabel = "'NAME: VALUE'",
      description = "A header for every request (except those that check credentials are required); repeatable.")
  List<String> headers = new ArrayList<>();

  @Option(names = "--api-key", paramLabel = "NAME=VALUE",
      description = "An API key for the apiKey scheme named NAME (or whose header, query or cookie is NAME); repeatable.")
  List<String> apiKeys = new ArrayList<>();

  @Option(names = "--bearer", paramLabel = "TOKEN",
      description = "Token for HTTP bearer, OAuth 2 and OpenID Connect schemes (prefer CHARTER_BEARER: command lines are visible to other users).")
  String bearer;

  @Option(names = "--basic", paramLabel = "USER:PASSWORD", description = "Credentials for HTTP basic schemes.")
  String basic;

  @Option(names = "--no-negative", description = "Send no invalid requests.")
  boolean noNegative;

  @Option(names = "--no-auth", description = "Send no requests without credentials.")
  boolean noAuth;

  @Override
  public Integer call() {
    CliEnvironment env = parent.environment();
    checkOptions();
    SpecDocument document = load(env);
    ContractSpec spec = ContractSpec.of(document);
    URI base = serverUrl();
    Credentials credentials = credentials(env);
    ContractClient client = new ContractClient(base, credentials, spec, timeout());
    List<HttpOperation> selected;
    try {
      selected = Verifier.select(spec, operations);
    } catch (IllegalArgumentException e) {
      throw usage("--operation", e.getMessage());
    }
    reachable(base);
    CaseDeriver.Options options = new CaseDeriver.Options(seed, maxCases, !noNegative, !noAuth);
    Verifier.Result result = new Verifier(client, options, concurrency).verify(selected);
    List<Diagnostic> findings = result.diagnostics();
    output.write(new Report("verify", BuildVersion.version(), List.of(document.root().name()), findings,
        ContractChecks.rules(), result.cases()), env, parent.color());
    summary(env.err(), result, base);
    return findings.isEmpty() ? ExitCodes.OK : ExitCodes.POLICY_FAILED;
  }

  private void checkOptions() {
    try {
      VerifySettings.checkLimits(maxCases, concurrency, timeoutSeconds);
    } catch (VerifySettings.Invalid e) {
      throw usage(e);
    }
  }

  private SpecDocument load(CliEnvironment env) {
    SpecBatch batch = SpecBatch.load(new SpecLoader(input.loadOptions(env)), List.of(specArgument));
    if (batch.hasInputErrors()) {
      throw new InputException(batch.inputErrors());
    }
    if (batch.documents().size() != 1) {
      throw usage(specArgument, "verify checks one spec; " + specArgument + " holds " + batch.documents().size());
    }
    SpecDocument document = batch.documents().get(0);
    VerifySettings.unsupported(document).ifPresent(problem -> {
      throw new InputException(problem);
    });
    return document;
  }

  private URI serverUrl() {
    try {
      return VerifySettings.server(server);
    } catch (VerifySettings.Invalid e) {
      throw usage(e);
    }
  }

  private Duration timeout() {
    return Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000)));
  }

  /** The environment's credentials (CHARTER_BEARER, …), with the options given on the command line taking precedence. */
  private Credentials credentials(CliEnvironment env) {
    try {
      return VerifySettings.credentials(Credentials.fromEnvironment(env.env(), new Properties()),
          Optional.ofNullable(bearer), Optional.ofNullable(basic), apiKeys, headers);
    } catch (VerifySettings.Invalid e) {
      throw usage(e);
    }
  }

  private void reachable(URI base) {
    VerifySettings.unreachable(base, timeout()).ifPresent(problem -> {
      throw new InputException(new Diagnostic("server-unreachable", Severity.ERROR, problem, Location.ofFile("--server")));
    });
  }

  private void summary(PrintWriter err, Verifier.Result result, URI base) {
    if (parent.quiet()) {
      return;
    }
    if (parent.verbose()) {
      result.notes().forEach(n -> err.println("note: " + n));
    }
    int total = result.outcomes().size();
    err.println("charter verify: " + total + (total == 1 ? " case" : " cases") + " against " + base + " (seed " + seed
        + "): " + result.passed() + " passed, " + result.failed() + " failed, " + result.skipped() + " skipped"
        + (result.notes().isEmpty() || parent.verbose() ? "" : "; " + result.notes().size()
            + (result.notes().size() == 1 ? " note" : " notes") + " on cases left out (--verbose shows them)"));
    err.flush();
  }

  private static InputException usage(VerifySettings.Invalid e) {
    return usage("--" + e.option(), "--" + e.option() + " " + e.problem());
  }

  private static InputException usage(String where, String message) {
    return new InputException(new Diagnostic("usage-error", Severity.ERROR, message, Location.ofFile(where)));
  }
}
