package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.ServerUrls;

@LintRule(
    id = "oas3-server-not-example.com",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    recommended = false,
    summary = "Server URL must not point at example.com.",
    rationale = """
        example.com is a placeholder; a published description should point at the real server.
        """,
    bad = """
        servers: [{url: https://api.example.com}]
        """,
    good = """
        servers: [{url: https://api.pets.dev}]
        """)
public final class Oas3ServerNotExampleComRule implements Rule {
  @Override
  public void check(RuleContext context) {
    ServerUrls.root(context, url -> url.value().textValue().contains("example.com"), "Server URL must not point at example.com.");
  }
}
