package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.StructuralFindings;

@LintRule(
    id = "asyncapi-3-document-unresolved",
    severity = Severity.ERROR,
    formats = {SpecFormat.ASYNCAPI3},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Checking if the AsyncAPI v3 document has valid structure before resolving references.",
    rationale = """
        AsyncAPI 3 allows a `$ref` only where the specification says so; a reference anywhere else is
          not followed by conforming tools.
        """,
    bad = """
        info:
          $ref: './info.yaml'
        """,
    good = """
        info:
          title: Users
          version: 1.0.0
        """)
public final class Asyncapi3DocumentUnresolvedRule implements Rule {
  @Override
  public void check(RuleContext context) {
    StructuralFindings.report(context, "asyncapi-schema", StructuralFindings::isMisplacedReference);
  }
}
