package dev.charter.codegen.contract;

import dev.charter.codegen.contract.runtime.CheckFailure;
import dev.charter.codegen.contract.runtime.Checks;
import dev.charter.codegen.contract.runtime.ContractClient;
import dev.charter.codegen.contract.runtime.ContractSpec;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.model.MediaType;
import dev.charter.core.model.Response;
import dev.charter.core.report.ReportCase;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code charter verify} without the command line: derives the cases of the chosen operations, runs
 * them against the server, and turns the outcomes into findings located in the spec (each with the
 * curl line that reproduces it) and one report case per request.
 */
public final class Verifier {

  /** Which operations to verify: all, or those named by operationId or {@code METHOD /path}. */
  public static List<HttpOperation> select(ContractSpec spec, List<String> names) {
    if (names.isEmpty()) {
      return spec.model().operations();
    }
    List<HttpOperation> out = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String name : names) {
      List<HttpOperation> matched = spec.model().operations().stream().filter(o -> matches(o, name)).toList();
      if (matched.isEmpty()) {
        unknown.add(name);
      }
      matched.forEach(o -> {
        if (!out.contains(o)) {
          out.add(o);
        }
      });
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("no operation " + String.join(", ", unknown)
          + " in the spec (name operations by operationId or as 'METHOD /path')");
    }
    return out;
  }

  private static boolean matches(HttpOperation o, String name) {
    if (o.operationId().map(name::equals).orElse(false)) {
      return true;
    }
    int space = name.indexOf(' ');
    return space > 0 && o.method().name().equals(name.substring(0, space).toUpperCase(Locale.ROOT))
        && HttpOperation.normalizePath(name.substring(space + 1).trim()).equals(o.normalizedPath());
  }

  /** Everything a verification found. */
  public record Result(List<ContractRunner.Outcome> outcomes, List<String> notes) {
    public Result {
      outcomes = List.copyOf(outcomes);
      notes = List.copyOf(notes);
    }

    public long passed() {
      return outcomes.stream().filter(ContractRunner.Outcome::passed).count();
    }

    public long failed() {
      return outcomes.stream().filter(ContractRunner.Outcome::failed).count();
    }

    public long skipped() {
      return outcomes.stream().filter(o -> o.skipped().isPresent()).count();
    }

    public List<Diagnostic> diagnostics() {
      List<Diagnostic> out = new ArrayList<>();
      outcomes.forEach(o -> out.addAll(Verifier.diagnostics(o)));
      return out;
    }

    public List<ReportCase> cases() {
      List<ReportCase> out = new ArrayList<>();
      for (ContractRunner.Outcome o : outcomes) {
        ContractCase c = o.contractCase();
        out.add(new ReportCase(suite(c.operation()), "#" + c.number() + " " + c.label(), Verifier.diagnostics(o),
            o.skipped()));
      }
      return out;
    }
  }

  private final ContractClient client;
  private final CaseDeriver deriver;
  private final int concurrency;

  public Verifier(ContractClient client, CaseDeriver.Options options, int concurrency) {
    this.client = client;
    this.deriver = new CaseDeriver(client.spec(), options);
    this.concurrency = concurrency;
  }

  public Result verify(List<HttpOperation> operations) {
    List<ContractCase> cases = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (HttpOperation op : operations) {
      CaseDeriver.OperationCases derived = deriver.derive(op);
      cases.addAll(derived.cases());
      derived.notes().forEach(n -> notes.add(op.display() + ": " + n));
    }
    return new Result(new ContractRunner(client, concurrency).run(cases), notes);
  }

  /** {@code GET /pets/{petId} (getPet)}. */
  static String suite(HttpOperation op) {
    return op.display() + op.operationId().map(id -> " (" + id + ")").orElse("");
  }

  static List<Diagnostic> diagnostics(ContractRunner.Outcome o) {
    List<Diagnostic> out = new ArrayList<>();
    ContractCase c = o.contractCase();
    String curl = o.exchange().map(e -> e.curl()).orElse("");
    for (CheckFailure f : o.failures()) {
      Set<Location> related = new LinkedHashSet<>(f.schemaLocations());
      Location at = locate(c, f);
      related.remove(at);
      String message = c.title() + ": " + f.message() + (curl.isEmpty() ? "" : "\nreproduce: " + curl);
      out.add(new Diagnostic(f.check(), Severity.ERROR, message, at, related.stream().limit(5).toList()));
    }
    return out;
  }

  /** Where in the spec a failure is about: the response, media type or header it broke, or the case's source. */
  private static Location locate(ContractCase c, CheckFailure f) {
    HttpOperation op = c.operation();
    Optional<Response> response = f.response().flatMap(op::response);
    switch (f.check()) {
      case Checks.STATUS_CODE_CONFORMANCE:
        return op.node().get("responses").map(n -> n.location()).orElse(op.location());
      case Checks.RESPONSE_HEADERS_CONFORMANCE:
        return response.flatMap(r -> r.headers().stream().filter(h -> f.header().map(h.name()::equalsIgnoreCase).orElse(false))
            .findFirst().map(h -> h.node().location()).or(() -> Optional.of(r.node().location()))).orElse(op.location());
      case Checks.RESPONSE_SCHEMA_CONFORMANCE:
      case Checks.CONTENT_TYPE_CONFORMANCE: {
        Optional<MediaType> media = response.flatMap(r -> f.mediaType().flatMap(r::mediaType));
        if (media.isPresent()) {
          return media.get().node().location();
        }
        return response.map(r -> r.node().location()).orElse(op.location());
      }
      case Checks.NEGATIVE_DATA_REJECTION:
      case Checks.AUTH_ENFORCED:
        return c.target();
      default:
        return op.location();
    }
  }
}
