package dev.charter.lint.rules.owasp;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;

@LintRule(
    id = "owasp-security-hosts-https",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.OWASP,
    summary = "Servers must be reached over HTTPS.",
    rationale = """
        Plain HTTP exposes credentials and data to anyone on the path (OWASP API8: security misconfiguration).
        """,
    bad = """
        servers: [{url: 'http://api.example.org'}]
        """,
    good = """
        servers: [{url: 'https://api.example.org'}]
        """,
    differences = """
        vacuum has one id per version (owasp-security-hosts-https-oas2, -oas3); charter has one rule for both.
        """)
public final class OwaspSecurityHostsHttpsRule implements Rule {
  @Override
  public void check(RuleContext context) {
    if (context.format() == SpecFormat.OAS2) {
      context.root().get("schemes").ifPresent(schemes -> {
        for (var s : schemes.elements()) {
          if (s.isText() && !s.value().textValue().equalsIgnoreCase("https") && !s.value().textValue().equalsIgnoreCase("wss")) {
            context.report(s, "Scheme \"" + s.value().textValue() + "\" is not HTTPS.");
          }
        }
      });
      return;
    }
    for (String where : new String[] {"servers"}) {
      context.root().get(where).ifPresent(servers -> {
        for (var s : servers.elements()) {
          s.resolved().get("url").ifPresent(url -> {
            String u = url.value().asText().toLowerCase(java.util.Locale.ROOT);
            if (u.contains("://") && !u.startsWith("https://") && !u.startsWith("wss://")) {
              context.report(url, "Server URL \"" + url.value().asText() + "\" is not HTTPS.");
            }
          });
        }
      });
    }
  }
}
