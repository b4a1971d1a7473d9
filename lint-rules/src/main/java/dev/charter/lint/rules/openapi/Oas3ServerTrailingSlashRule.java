package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.ServerUrls;

@LintRule(
    id = "oas3-server-trailing-slash",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Server URL must not have trailing slash.",
    rationale = """
        Clients append paths, which start with a slash, to the server URL; a trailing slash doubles it in every request.
        """,
    bad = """
        servers: [{url: https://api.example.org/v1/}]
        """,
    good = """
        servers: [{url: https://api.example.org/v1}]
        """)
public final class Oas3ServerTrailingSlashRule implements Rule {
  @Override
  public void check(RuleContext context) {
    ServerUrls.root(context, url -> {
      String u = url.value().textValue();
      return u.length() > 1 && u.endsWith("/") && u.charAt(u.length() - 2) != '\n';
    }, "Server URL must not have trailing slash.");
  }
}
