package dev.charter.codegen.contract;

import dev.charter.codegen.contract.runtime.Checks;
import dev.charter.core.diag.Severity;
import dev.charter.core.report.RuleInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What each check is, for reports (SARIF rules, GitHub titles, JSON help). {@code docs/verify/checks.md}
 * explains each at length; a test keeps the two in step.
 */
public final class ContractChecks {
  private ContractChecks() {}

  public static Map<String, RuleInfo> rules() {
    Map<String, RuleInfo> out = new LinkedHashMap<>();
    add(out, Checks.NOT_A_SERVER_ERROR, "The server does not answer with a 5xx status.");
    add(out, Checks.POSITIVE_DATA_ACCEPTANCE, "A request that follows the spec is not refused as invalid (400, 405, 406, 415, 422).");
    add(out, Checks.STATUS_CODE_CONFORMANCE, "The status of a valid request's response is documented (exactly, as a range, or by default).");
    add(out, Checks.CONTENT_TYPE_CONFORMANCE, "The response's Content-Type is one the documented response lists.");
    add(out, Checks.RESPONSE_HEADERS_CONFORMANCE, "Required response headers are present, and documented headers match their schemas.");
    add(out, Checks.RESPONSE_SCHEMA_CONFORMANCE, "The response body matches the schema of its documented media type.");
    add(out, Checks.NEGATIVE_DATA_REJECTION, "A request that breaks the spec is refused with a 4xx status.");
    add(out, Checks.AUTH_ENFORCED, "A request without credentials to a protected operation gets 401 or 403.");
    add(out, Checks.REQUEST_FAILED, "The server answers every request (no refused connection, reset or timeout).");
    return out;
  }

  private static void add(Map<String, RuleInfo> out, String id, String summary) {
    out.put(id, new RuleInfo(id, Severity.ERROR, summary,
        Optional.of(summary + " See docs/verify/checks.md#" + id + " in charter's repository."), Optional.empty()));
  }
}
