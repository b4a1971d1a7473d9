package dev.charter.lint.rules.owasp;

import dev.charter.core.diag.Severity;
import dev.charter.core.model.SecurityScheme;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import java.util.Set;

@LintRule(
    id = "owasp-auth-insecure-schemes",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.OWASP,
    summary = "Security schemes must not use outdated HTTP authentication (Digest, Negotiate, OAuth 1).",
    rationale = """
        These schemes rely on weak hashes or are deprecated; their use is an invitation (OWASP API2).
        """,
    bad = """
        digest: {type: http, scheme: digest}
        """,
    good = """
        bearer: {type: http, scheme: bearer}
        """)
public final class OwaspAuthInsecureSchemesRule implements Rule {
  private static final Set<String> INSECURE = Set.of("digest", "negotiate", "oauth");

  @Override
  public void check(RuleContext context) {
    for (SecurityScheme s : context.openApi().securitySchemes().values()) {
      if (s.type().equals("http") && s.scheme().filter(INSECURE::contains).isPresent()) {
        context.report(s.node(), "Security scheme \"" + s.name() + "\" uses the outdated HTTP scheme " + s.scheme().get() + ".");
      }
    }
  }
}
