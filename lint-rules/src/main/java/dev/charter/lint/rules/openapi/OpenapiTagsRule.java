package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.NonEmptyArray;

@LintRule(
    id = "openapi-tags",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    recommended = false,
    summary = "OpenAPI object must have non-empty \"tags\" array.",
    rationale = """
        Global tags give operations groups, descriptions and an order in the documentation.
        """,
    bad = """
        openapi: 3.1.0
        info: {title: Pets, version: 1.0.0}
        """,
    good = """
        openapi: 3.1.0
        info: {title: Pets, version: 1.0.0}
        tags: [{name: pets, description: Everything about pets}]
        """)
public final class OpenapiTagsRule implements Rule {
  @Override
  public void check(RuleContext context) {
    NonEmptyArray.require(context, context.root(), "tags", "OpenAPI object must have non-empty \"tags\" array.");
  }
}
