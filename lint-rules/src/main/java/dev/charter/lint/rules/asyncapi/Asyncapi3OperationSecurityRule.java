package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.jsonpath.PathNode;
import dev.charter.lint.rules.support.AsyncSecurity;
import dev.charter.lint.rules.support.Query;

@LintRule(
    id = "asyncapi-3-operation-security",
    severity = Severity.ERROR,
    formats = {SpecFormat.ASYNCAPI3},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Operation have to reference a defined security schemes.",
    rationale = """
        A security requirement naming an undefined scheme (or an OAuth scope the scheme does not offer) cannot be satisfied.
        """,
    bad = """
        operations:
          send:
            security: [{oauth: [write]}]
        """,
    good = """
        operations:
          send:
            security: [{$ref: '#/components/securitySchemes/oauth'}]
        """,
    differences = """
        As in Spectral, only requirements written in the AsyncAPI 2 form (scheme name to scopes) are
          checked; AsyncAPI 3 lists Security Scheme Objects, which the structural rules check.
        """)
public final class Asyncapi3OperationSecurityRule implements Rule {
  private static final Query REQUIREMENTS = Query.of("$.operations.*.security.*");

  @Override
  public void check(RuleContext context) {
    for (PathNode requirement : REQUIREMENTS.resolved(context)) {
      AsyncSecurity.check(context, requirement, "Operation");
    }
  }
}
