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
    id = "oas2-host-not-example",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2},
    family = RuleFamily.SPECTRAL_OAS,
    recommended = false,
    summary = "Host URL must not point at example.com.",
    rationale = """
        example.com is a placeholder; a published description should point at the real host.
        """,
    bad = """
        host: api.example.com
        """,
    good = """
        host: api.pets.dev
        """)
public final class Oas2HostNotExampleRule implements Rule {
  @Override
  public void check(RuleContext context) {
    JsonNode host = context.root().value().get("host");
    if (host != null && host.isTextual() && host.textValue().contains("example.com")) {
      Reports.atMember(context, context.root(), "host", "Host URL must not point at example.com.");
    }
  }
}
