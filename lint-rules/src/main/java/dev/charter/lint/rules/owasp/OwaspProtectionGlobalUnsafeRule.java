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
    id = "owasp-protection-global-unsafe",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.OWASP,
    summary = "Operations that change data (POST, PUT, PATCH, DELETE) must require authentication.",
    rationale = """
        An unauthenticated write is open to anyone who finds the URL (OWASP API2: broken authentication).
        """,
    bad = """
        post:
          security: []
        """,
    good = """
        post:
          security: [{oauth: [pets:write]}]
        """)
public final class OwaspProtectionGlobalUnsafeRule implements Rule {
  private static final Set<HttpMethod> UNSAFE = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

  @Override
  public void check(RuleContext context) {
    for (HttpOperation op : context.openApi().operations()) {
      if (UNSAFE.contains(op.method()) && !Security.required(op)) {
        context.report(op.node(), op.display() + " changes data but requires no authentication.");
      }
    }
  }
}
