package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.StructuralFindings;

@LintRule(
    id = "oas3-schema",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Validate structure of OpenAPI v3 specification.",
    rationale = """
        A document that breaks the official OpenAPI 3.x JSON Schema is not an OpenAPI document: every tool
          reads it differently, or not at all. This is `charter validate` as a lint rule.
        """,
    bad = """
        openapi: 3.1.0
        info: {title: Pets}
        """,
    good = """
        openapi: 3.1.0
        info: {title: Pets, version: 1.0.0}
        paths: {}
        """)
public final class Oas3SchemaRule implements Rule {
  @Override
  public void check(RuleContext context) {
    StructuralFindings.report(context, "oas3-schema");
  }
}
