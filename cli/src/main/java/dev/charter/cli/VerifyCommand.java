package dev.charter.cli;

import dev.charter.codegen.contract.CaseDeriver;
import dev.charter.codegen.contract.ContractChecks;
import dev.charter.codegen.contract.Verifier;
import dev.charter.codegen.contract.runtime.ApiRequest;
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
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    if (maxCases < 0 || maxCases > 1000) {
      throw usage("--max-cases", "--max-cases must be between 0 and 1000, not " + maxCases);
    }
    if (concurrency < 1 || concurrency > 16) {
      throw usage("--concurrency", "--concurrency must be between 1 and 16, not " + concurrency);
    }
    if (!(timeoutSeconds > 0) || timeoutSeconds > 3600) {
      throw usage("--timeout", "--timeout must be more than 0 and at most 3600 seconds");
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
    if (!document.version().isOpenApi()) {
      throw new InputException(new Diagnostic("verify-unsupported-spec", Severity.ERROR,
          "verify reads OpenAPI 2.0, 3.0 and 3.1 specs, not " + document.version().label(), document.root().locate("")));
    }
    return document;
  }

  private URI serverUrl() {
    try {
      URI uri = new URI(server.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawQuery() != null
          || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
        throw usage("--server", "--server must be http(s)://host[:port][/base/path], not '" + server + "'");
      }
      return uri;
    } catch (java.net.URISyntaxException e) {
      throw usage("--server", "--server is not a URL: " + e.getMessage());
    }
  }

  private Duration timeout() {
    return Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000)));
  }

  /** The environment's credentials (CHARTER_BEARER, …), with the options given on the command line taking precedence. */
  private Credentials credentials(CliEnvironment env) {
    Credentials c = Credentials.fromEnvironment(env.env(), new Properties());
    if (bearer != null) {
      c = c.withBearer(bearer);
    }
    if (basic != null) {
      if (!basic.contains(":")) {
        throw usage("--basic", "--basic takes USER:PASSWORD");
      }
      c = c.withBasic(basic);
    }
    for (String key : apiKeys) {
      int eq = key.indexOf('=');
      if (eq <= 0) {
        throw usage("--api-key", "--api-key takes NAME=VALUE, not '" + key + "'");
      }
      c = c.withApiKey(key.substring(0, eq), key.substring(eq + 1));
    }
    for (String h : headers) {
      List<ApiRequest.Header> parsed;
      try {
        parsed = Credentials.parseHeaders(h);
      } catch (IllegalArgumentException e) {
        throw usage("--header", "--header: " + e.getMessage());
      }
      for (ApiRequest.Header header : parsed) {
        if (!header.name().matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")
            || java.util.Set.of("host", "connection", "content-length", "expect", "upgrade").contains(header.name().toLowerCase(java.util.Locale.ROOT))) {
          throw usage("--header", "--header cannot set '" + header.name() + "'");
        }
        c = c.withHeader(header.name(), header.value());
      }
    }
    return c;
  }

  /** A server that refuses connections is a usage problem (wrong URL, not started), not a contract failure. */
  private void reachable(URI base) {
    int port = base.getPort() > 0 ? base.getPort() : base.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(base.getHost(), port), (int) Math.min(Integer.MAX_VALUE, timeout().toMillis()));
    } catch (IOException e) {
      throw new InputException(new Diagnostic("server-unreachable", Severity.ERROR, "cannot connect to " + base
          + " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", Location.ofFile("--server")));
    }
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

  private static InputException usage(String where, String message) {
    return new InputException(new Diagnostic("usage-error", Severity.ERROR, message, Location.ofFile(where)));
  }
}
