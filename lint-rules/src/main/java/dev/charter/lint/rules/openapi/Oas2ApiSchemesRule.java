package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.NonEmptyArray;

@LintRule(
    id = "oas2-api-schemes",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "OpenAPI host \"schemes\" must be present and non-empty array.",
    rationale = """
        Without `schemes` clients assume the scheme the description was fetched with; say `https` explicitly.
        """,
    bad = """
        swagger: '2.0'
        host: api.example.org
        """,
    good = """
        swagger: '2.0'
        host: api.example.org
        schemes: [https]
        """)
public final class Oas2ApiSchemesRule implements Rule {
  @Override
  public void check(RuleContext context) {
    NonEmptyArray.require(context, context.root(), "schemes", NonEmptyArray.Items.STRING,
        "OpenAPI host \"schemes\" must be present and non-empty array.");
  }
}
