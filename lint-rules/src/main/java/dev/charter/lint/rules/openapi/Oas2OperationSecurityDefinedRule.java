package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.SecurityRequirements;

@LintRule(
    id = "oas2-operation-security-defined",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Operation \"security\" values must match a scheme defined in the \"securityDefinitions\" object.",
    rationale = """
        A security requirement naming an undefined scheme (or scope) cannot be satisfied; clients do not know how to authenticate.
        """,
    bad = """
        security: [{oauth: [read]}]
        securityDefinitions: {}
        """,
    good = """
        security: [{oauth: [read]}]
        securityDefinitions:
          oauth: {type: oauth2, flow: implicit, authorizationUrl: https://example.org/auth, scopes: {read: Read}}
        """)
public final class Oas2OperationSecurityDefinedRule implements Rule {
  @Override
  public void check(RuleContext context) {
    SecurityRequirements.check(context, 2);
  }
}
