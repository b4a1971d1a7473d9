package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;

@LintRule(
    id = "oas2-oneOf",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "oneOf is not available in OpenAPI v2, it was added in OpenAPI v3",
    rationale = """
        Swagger 2.0 tools ignore or reject `oneOf`; the schema means something other than what it says.
        """,
    bad = """
        oneOf: [{type: string}, {type: integer}]
        """,
    good = """
        type: string
        """)
public final class Oas2OneOfRule extends Oas2KeywordRule {
  public Oas2OneOfRule() {
    super("oneOf");
  }
}
