package dev.charter.lint.rules.owasp;

import dev.charter.core.diag.Severity;
import dev.charter.core.model.SecurityScheme;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;

@LintRule(
    id = "owasp-no-api-keys-in-url",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.OWASP,
    summary = "API key security schemes must not send the key in the query string.",
    rationale = """
        URLs are logged by servers, proxies and browsers; a key in the query string leaks (OWASP API2).
        """,
    bad = """
        apiKey: {type: apiKey, in: query, name: key}
        """,
    good = """
        apiKey: {type: apiKey, in: header, name: X-API-Key}
        """)
public final class OwaspNoApiKeysInUrlRule implements Rule {
  @Override
  public void check(RuleContext context) {
    for (SecurityScheme s : context.openApi().securitySchemes().values()) {
      if (s.type().equals("apiKey") && s.in().filter(i -> i.equals("query")).isPresent()) {
        context.report(s.node(), "API key \"" + s.name() + "\" is sent in the query string; send it in a header.");
      }
    }
  }
}
