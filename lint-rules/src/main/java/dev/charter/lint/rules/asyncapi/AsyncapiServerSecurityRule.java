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
    id = "asyncapi-server-security",
    severity = Severity.ERROR,
    formats = {SpecFormat.ASYNCAPI2},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Server have to reference a defined security schemes.",
    rationale = """
        A security requirement naming an undefined scheme (or an OAuth scope the scheme does not offer) cannot be satisfied.
        """,
    bad = """
        servers:
          production:
            security: [{user: []}]
        """,
    good = """
        servers:
          production:
            security: [{userPassword: []}]
        """)
public final class AsyncapiServerSecurityRule implements Rule {
  private static final Query REQUIREMENTS = Query.of("$.servers.*.security.*");

  @Override
  public void check(RuleContext context) {
    for (PathNode requirement : REQUIREMENTS.resolved(context)) {
      AsyncSecurity.check(context, requirement, "Server");
    }
  }
}
