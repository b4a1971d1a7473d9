package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.InfoMembers;

@LintRule(
    id = "asyncapi-info-license-url",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI2, SpecFormat.ASYNCAPI3},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    recommended = false,
    summary = "License object must include \"url\".",
    rationale = """
        A license name alone is ambiguous ("BSD"); the URL says exactly which terms apply.
        """,
    bad = """
        license: {name: BSD}
        """,
    good = """
        license: {name: BSD-3-Clause, url: 'https://opensource.org/licenses/BSD-3-Clause'}
        """)
public final class AsyncapiInfoLicenseUrlRule implements Rule {
  @Override
  public void check(RuleContext context) {
    InfoMembers.requireLicenseUrl(context);
  }
}
