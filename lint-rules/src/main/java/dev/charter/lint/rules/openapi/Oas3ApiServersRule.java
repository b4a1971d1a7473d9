package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.NonEmptyArray;

@LintRule(
    id = "oas3-api-servers",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "OpenAPI \"servers\" must be present and non-empty array.",
    rationale = """
        Without `servers` clients assume the API lives where the description was fetched from, which is rarely true.
        """,
    bad = """
        openapi: 3.0.3
        info: {title: Pets, version: 1.0.0}
        """,
    good = """
        openapi: 3.0.3
        info: {title: Pets, version: 1.0.0}
        servers: [{url: https://api.example.org/v1}]
        """)
public final class Oas3ApiServersRule implements Rule {
  @Override
  public void check(RuleContext context) {
    NonEmptyArray.require(context, context.root(), "servers", NonEmptyArray.Items.OBJECT,
        "OpenAPI \"servers\" must be present and non-empty array.");
  }
}
