package dev.charter.core.report;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The representative reports the golden files are made from: several files (one clean, one from a
 * git revision, standard input, a URL, a file outside the working directory), all four severities,
 * unknown positions, related locations, two findings that only differ by line, and text that needs
 * escaping in every format.
 */
final class SampleReports {

  static final Path REPO = Path.of("/ws/repo");
  static final Path WORKING_DIR = REPO.resolve("services");
  static final ReportContext CONTEXT = new ReportContext(WORKING_DIR, Optional.of(REPO), false);

  static final String PETSTORE = "/ws/repo/services/petstore.yaml";
  static final String CLEAN = "/ws/repo/services/clean.yaml";
  static final String ODD = "/ws/repo/services/odd,name:v1 \u00fc.yaml";
  static final String GIT = "main:services/orders.yaml";
  static final String STDIN = "<stdin>";
  static final String SHARED = "/ws/repo/shared/common.yaml";
  static final String REMOTE = "https://example.com/specs/remote.yaml";

  static final String SPECIAL_MESSAGE = "Operation \"listPets\" has no description: add one, e.g. <p>100% & more</p>"
      + " | done\nsecond line: \u00fcn\u00efc\u00f6d\u00e9 \u2713 \u65e5\u672c\u8a9e";

  private SampleReports() {}

  static List<Diagnostic> diagnostics() {
    List<Diagnostic> d = new ArrayList<>();
    d.add(new Diagnostic("duplicate-key", Severity.ERROR, "Duplicate key 'get' in /paths/~1pets",
        new Location(PETSTORE, "/paths/~1pets/get", 12, 5, 12, 8), List.of(Location.of(PETSTORE, "/paths/~1pets/get", 8, 5))));
    d.add(new Diagnostic("operation-description", Severity.WARN, SPECIAL_MESSAGE,
        new Location(PETSTORE, "/paths/~1pets/get", 20, 3, 24, 9)));
    d.add(new Diagnostic("x-summary", Severity.INFO, "Consider a `summary` for *GET* /pets [optional] _soon_ #1 ~x~",
        Location.of(PETSTORE, "/paths/~1pets/get/summary", 30, 7)));
    d.add(new Diagnostic("style-hint", Severity.HINT, "Prefer kebab-case: 'petId' \u2192 'pet-id'",
        Location.of(PETSTORE, "/components/parameters/petId", 31, 1)));
    d.add(new Diagnostic("no-tabs", Severity.WARN, "Tab character used for indentation", Location.of(PETSTORE, "", 40, 1)));
    d.add(new Diagnostic("no-tabs", Severity.WARN, "Tab character used for indentation", Location.of(PETSTORE, "", 41, 1)));
    d.add(new Diagnostic("tag-description", Severity.WARN, "Tag 'pets' has a bell \u0007 and an escape \u001b[31m in it",
        Location.of(ODD, "/tags/0", 2, 1)));
    d.add(new Diagnostic("operation-id-unique", Severity.ERROR, "operationId 'getOrder' is used by 2 operations",
        new Location(GIT, "/paths/~1orders~1{id}/get/operationId", 7, 0, 0, 0),
        List.of(Location.of(GIT, "/paths/~1orders/get/operationId", 3, 9))));
    d.add(new Diagnostic("parse-error", Severity.ERROR, "Cannot parse: unexpected end of input", Location.ofFile(STDIN)));
    d.add(new Diagnostic("schema-type", Severity.WARN, "Schema has no type",
        Location.of(SHARED, "/components/schemas/Pet", 5, 3), List.of(Location.of(PETSTORE, "/paths/~1pets/get/responses/200", 50, 11))));
    d.add(new Diagnostic("remote-ref", Severity.HINT, "Remote document was fetched: " + REMOTE, Location.of(REMOTE, "", 3, 1)));
    return d;
  }

  static Map<String, RuleInfo> rules() {
    Map<String, RuleInfo> r = new LinkedHashMap<>();
    r.put("duplicate-key", new RuleInfo("duplicate-key", Severity.ERROR, "Keys in a mapping are unique.",
        Optional.of("A YAML or JSON mapping must not repeat a key: parsers keep **one** of the values silently."),
        Optional.of("https://charter.example/rules/duplicate-key")));
    r.put("operation-description", RuleInfo.of("operation-description", Severity.WARN, "Operations have a description."));
    r.put("info-contact", RuleInfo.of("info-contact", Severity.INFO, "The info object names a contact."));
    r.put("no-tabs", new RuleInfo("no-tabs", Severity.WARN, "Indentation uses spaces.",
        Optional.of("YAML forbids tabs for indentation."), Optional.empty()));
    r.put("schema-type", RuleInfo.of("schema-type", Severity.WARN, "Schemas declare a type."));
    r.put("tag-description", RuleInfo.of("tag-description", Severity.WARN, "Tags have a description."));
    r.put("style-hint", RuleInfo.of("style-hint", Severity.HINT, "Names are kebab-case."));
    r.put("x-summary", RuleInfo.of("x-summary", Severity.INFO, "Operations have a summary."));
    r.put("remote-ref", RuleInfo.of("remote-ref", Severity.HINT, "Remote references are reported."));
    return r;
  }

  static List<String> inputs() {
    return List.of(PETSTORE, CLEAN, ODD, GIT, STDIN);
  }

  static Report sample() {
    return new Report("lint", "0.1.0", inputs(), diagnostics(), rules());
  }

  static Report clean() {
    return new Report("lint", "0.1.0", List.of(PETSTORE, CLEAN), List.of(), rules());
  }

  /** The sample with every line moved down by {@code n}, as after inserting lines at the top. */
  static Report shifted(int n) {
    UnaryOperator<Location> move = l -> new Location(l.file(), l.pointer(), l.line() > 0 ? l.line() + n : 0,
        l.column(), l.endLine() > 0 ? l.endLine() + n : 0, l.endColumn());
    List<Diagnostic> moved = diagnostics().stream()
        .map(d -> new Diagnostic(d.id(), d.severity(), d.message(), move.apply(d.location()),
            d.related().stream().map(move).toList()))
        .toList();
    return new Report("lint", "0.1.0", inputs(), moved, rules());
  }

  static String render(Reporter reporter, Report report, ReportContext context) {
    StringWriter w = new StringWriter();
    try {
      reporter.write(report, context, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  static String render(ReportFormat format, Report report) {
    return Reporters.render(format, report, CONTEXT);
  }
}
