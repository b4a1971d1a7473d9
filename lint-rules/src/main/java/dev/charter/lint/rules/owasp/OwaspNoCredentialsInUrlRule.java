package dev.charter.lint.rules.owasp;

import dev.charter.core.diag.Severity;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.model.Parameter;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;

@LintRule(
    id = "owasp-no-credentials-in-url",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.OWASP,
    summary = "Credentials (API keys, passwords, tokens, secrets) must not travel in query or path parameters.",
    rationale = """
        URLs are logged by servers, proxies and browsers and end up in histories and referrer headers (OWASP API2).
        """,
    bad = """
        - {name: api_key, in: query, schema: {type: string}}
        """,
    good = """
        - {name: X-API-Key, in: header, schema: {type: string}}
        """)
public final class OwaspNoCredentialsInUrlRule implements Rule {
  private static final java.util.regex.Pattern CREDENTIAL = java.util.regex.Pattern.compile(
      "(?i)^(.*[-_.]?)?(api[-_.]?key|apikey|access[-_.]?token|auth[-_.]?token|token|secret|client[-_.]?secret|password|passwd|pwd|credentials?)$");

  @Override
  public void check(RuleContext context) {
    for (HttpOperation op : context.openApi().operations()) {
      for (Parameter p : op.parameters()) {
        if ((p.in().equals("query") || p.in().equals("path")) && CREDENTIAL.matcher(p.name()).matches()) {
          context.report(p.node(), "Parameter \"" + p.name() + "\" carries a credential in the URL; send it in a header.");
        }
      }
    }
  }
}
