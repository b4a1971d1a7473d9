package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.jsonpath.PathNode;
import dev.charter.lint.rules.support.Query;
import dev.charter.lint.rules.support.Reports;

@LintRule(
    id = "asyncapi-server-not-example-com",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI2},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    recommended = false,
    summary = "Server URL must not point at example.com.",
    rationale = """
        example.com is a placeholder; a published description should point at the real broker.
        """,
    bad = """
        url: 'mqtt://broker.example.com'
        """,
    good = """
        url: 'mqtt://broker.users.dev'
        """)
public final class AsyncapiServerNotExampleComRule implements Rule {
  private static final Query URLS = Query.of("$.servers[*].url");

  @Override
  public void check(RuleContext context) {
    for (PathNode url : URLS.resolved(context)) {
      if (url.value().isTextual()) {
        String u = url.value().textValue();
        if (u.contains("example.com")) {
          Reports.at(context, url, "Server URL must not point at example.com.");
        }
      }
    }
  }
}
