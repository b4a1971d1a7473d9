package dev.charter.lint.rules.owasp;

import dev.charter.core.diag.Severity;
import dev.charter.core.model.SecurityScheme;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;

@LintRule(
    id = "owasp-no-http-basic",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.OWASP,
    summary = "Security schemes must not use HTTP Basic authentication.",
    rationale = """
        Basic sends a reusable password with every request, only base64-encoded; one leak is a full compromise (OWASP API2).
        """,
    bad = """
        basic: {type: http, scheme: basic}
        """,
    good = """
        bearer: {type: http, scheme: bearer, bearerFormat: JWT}
        """)
public final class OwaspNoHttpBasicRule implements Rule {
  @Override
  public void check(RuleContext context) {
    for (SecurityScheme s : context.openApi().securitySchemes().values()) {
      if (s.type().equals("http") && s.scheme().filter(x -> x.equals("basic")).isPresent()) {
        context.report(s.node(), "Security scheme \"" + s.name() + "\" uses HTTP Basic; use OAuth 2.0 or tokens.");
      }
    }
  }
}
