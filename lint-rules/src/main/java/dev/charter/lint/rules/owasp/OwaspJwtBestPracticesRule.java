package dev.charter.lint.rules.owasp;

import dev.charter.core.diag.Severity;
import dev.charter.core.model.SecurityScheme;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;

@LintRule(
    id = "owasp-jwt-best-practices",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.OWASP,
    summary = "Schemes that use JWTs must say they follow RFC 8725 (JWT best current practices).",
    rationale = """
        JWT validation is easy to get wrong (alg none, key confusion); stating RFC 8725 in the description commits the API to the known safeguards (OWASP API2).
        """,
    bad = """
        bearer: {type: http, scheme: bearer, bearerFormat: JWT}
        """,
    good = """
        bearer: {type: http, scheme: bearer, bearerFormat: JWT, description: Tokens follow RFC8725.}
        """)
public final class OwaspJwtBestPracticesRule implements Rule {
  @Override
  public void check(RuleContext context) {
    for (SecurityScheme s : context.openApi().securitySchemes().values()) {
      boolean jwt = s.bearerFormat().filter(f -> f.toUpperCase(java.util.Locale.ROOT).contains("JWT")).isPresent()
          || s.type().equals("oauth2") && description(s).toUpperCase(java.util.Locale.ROOT).contains("JWT");
      String d = description(s).replace(" ", "").toUpperCase(java.util.Locale.ROOT);
      if (jwt && !d.contains("RFC8725")) {
        context.report(s.node(), "Security scheme \"" + s.name() + "\" uses JWTs; its description must state RFC 8725 compliance.");
      }
    }
  }

  private static String description(SecurityScheme s) {
    return s.node().text("description").orElse("");
  }
}
