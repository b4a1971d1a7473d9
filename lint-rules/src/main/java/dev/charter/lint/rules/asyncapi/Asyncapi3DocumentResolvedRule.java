package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.StructuralFindings;

@LintRule(
    id = "asyncapi-3-document-resolved",
    severity = Severity.ERROR,
    formats = {SpecFormat.ASYNCAPI3},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Checking if the AsyncAPI v3 document has valid structure after resolving references.",
    rationale = """
        A document that breaks the official AsyncAPI 3 JSON Schema is not an AsyncAPI document: every tool
          reads it differently, or not at all. This is `charter validate` as a lint rule.
        """,
    bad = """
        asyncapi: 3.0.0
        info: {title: Users}
        """,
    good = """
        asyncapi: 3.0.0
        info: {title: Users, version: 1.0.0}
        """)
public final class Asyncapi3DocumentResolvedRule implements Rule {
  @Override
  public void check(RuleContext context) {
    StructuralFindings.report(context, "asyncapi-schema", d -> !StructuralFindings.isMisplacedReference(d));
  }
}
