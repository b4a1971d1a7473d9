package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.JsValues;
import dev.charter.lint.rules.support.Reports;

@LintRule(
    id = "oas2-api-host",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "OpenAPI \"host\" must be present and non-empty string.",
    rationale = """
        Without `host` a Swagger 2.0 API is served from wherever the description was loaded, which is rarely where the API is.
        """,
    bad = """
        swagger: '2.0'
        basePath: /v1
        """,
    good = """
        swagger: '2.0'
        host: api.example.org
        basePath: /v1
        """)
public final class Oas2ApiHostRule implements Rule {
  @Override
  public void check(RuleContext context) {
    if (!JsValues.truthy(context.root().value().get("host"))) {
      Reports.atMember(context, context.root(), "host", "OpenAPI \"host\" must be present and non-empty string.");
    }
  }
}
