package dev.charter.lint.rules.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.Reports;

@LintRule(
    id = "oas2-host-trailing-slash",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Server URL must not have trailing slash.",
    rationale = """
        Clients join host, basePath and path; a trailing slash on the host doubles the slash in every URL.
        """,
    bad = """
        host: api.example.org/
        """,
    good = """
        host: api.example.org
        """)
public final class Oas2HostTrailingSlashRule implements Rule {
  @Override
  public void check(RuleContext context) {
    JsonNode host = context.root().value().get("host");
    if (host != null && host.isTextual() && host.textValue().endsWith("/")) {
      Reports.atMember(context, context.root(), "host", "Server URL must not have trailing slash.");
    }
  }
}
