package dev.charter.lint.rules.owasp;

import dev.charter.core.diag.Severity;
import dev.charter.core.model.HttpMethod;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.model.Response;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.Security;
import java.util.Set;

@LintRule(
    id = "owasp-protection-global-safe",
    severity = Severity.INFO,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.OWASP,
    summary = "Operations that read data should require authentication, unless they are meant to be public.",
    rationale = """
        Reads leak data as surely as writes change it (OWASP API1, API2); an unauthenticated read should be a decision, not an omission.
        """,
    bad = """
        get:
          responses: {'200': {description: OK}}
        """,
    good = """
        get:
          security: [{apiKey: []}]
        """,
    differences = """
        An explicit `security: [{}]` (anonymous access, written on purpose) is accepted.
        """)
public final class OwaspProtectionGlobalSafeRule implements Rule {
  private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD);

  @Override
  public void check(RuleContext context) {
    for (HttpOperation op : context.openApi().operations()) {
      if (SAFE.contains(op.method()) && op.security().isEmpty()) {
        context.report(op.node(), op.display() + " requires no authentication; mark it public with security: [{}] if that is meant.");
      }
    }
  }
}
