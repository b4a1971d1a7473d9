package dev.charter.core.report;

import dev.charter.core.diag.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A check that ran as a test case, for formats that list test cases (JUnit): it passed, failed
 * with findings, or was skipped. Commands whose findings are the whole story (validate, lint) have
 * none; {@code verify} has one per request it sent or skipped, so that passing cases show too.
 *
 * @param suite what the case belongs to ({@code GET /pets/{petId}}): a {@code <testsuite>}
 * @param name the case within its suite ({@code #3 example 'cat'})
 * @param failures the findings that failed it; empty when it passed or was skipped
 * @param skipped why it was not run, when it was not
 */
public record ReportCase(String suite, String name, List<Diagnostic> failures, Optional<String> skipped) {
  public ReportCase {
    Objects.requireNonNull(suite, "suite");
    Objects.requireNonNull(name, "name");
    failures = List.copyOf(failures);
    Objects.requireNonNull(skipped, "skipped");
  }
}
