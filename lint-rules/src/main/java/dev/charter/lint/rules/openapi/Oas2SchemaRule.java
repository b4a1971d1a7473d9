package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.StructuralFindings;

@LintRule(
    id = "oas2-schema",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Validate structure of OpenAPI v2 specification.",
    rationale = """
        A document that breaks the official Swagger 2.0 JSON Schema is not a Swagger document: every tool
          reads it differently, or not at all. This is `charter validate` as a lint rule.
        """,
    bad = """
        swagger: '2.0'
        info: {title: Pets}
        paths: {}
        """,
    good = """
        swagger: '2.0'
        info: {title: Pets, version: 1.0.0}
        paths: {}
        """)
public final class Oas2SchemaRule implements Rule {
  @Override
  public void check(RuleContext context) {
    StructuralFindings.report(context, "oas2-schema");
  }
}
