package dev.charter.codegen.contract;

import dev.charter.codegen.contract.runtime.Checks;
import dev.charter.codegen.contract.runtime.ContractSpec;
import dev.charter.codegen.contract.runtime.Exchange;

/**
 * Runs the checks a case's expectation calls for, in exactly the order and with exactly the
 * arguments the generated test of that case calls them ({@link TestSourceWriter} writes this method
 * out, unrolled, for each case): the one place that decides what is checked, so {@code charter
 * verify} and the generated tests reach the same verdict.
 */
final class CaseChecks {
  private CaseChecks() {}

  static Checks run(ContractSpec spec, ContractCase c, Exchange exchange) {
    Checks checks = new Checks(spec, c.operation(), exchange);
    checks.notAServerError();
    Expectation expectation = c.expectation();
    if (expectation instanceof Expectation.Conforms conforms) {
      checks.accepted();
      String status = checks.documentedStatus(conforms.statuses().toArray(String[]::new));
      for (Expectation.DocumentedResponse r : conforms.responses()) {
        if (!r.status().equals(status)) {
          continue;
        }
        if (!r.mediaTypes().isEmpty()) {
          checks.contentType(r.mediaTypes().toArray(String[]::new));
        }
        for (Expectation.DocumentedHeader h : r.headers()) {
          checks.header(h.name(), h.required());
        }
        if (!r.mediaTypes().isEmpty()) {
          checks.body();
        }
      }
    } else if (expectation instanceof Expectation.Rejected rejected) {
      checks.rejected(rejected.why());
    } else {
      checks.authRejected();
    }
    return checks;
  }
}
