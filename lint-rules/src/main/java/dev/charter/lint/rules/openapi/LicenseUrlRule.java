package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.InfoMembers;

@LintRule(
    id = "license-url",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    recommended = false,
    summary = "License object must include \"url\".",
    rationale = """
        A license name alone is ambiguous ("BSD"); the URL says exactly which terms apply.
        """,
    bad = """
        license: {name: BSD}
        """,
    good = """
        license: {name: BSD-3-Clause, url: https://opensource.org/licenses/BSD-3-Clause}
        """)
public final class LicenseUrlRule implements Rule {
  @Override
  public void check(RuleContext context) {
    InfoMembers.requireLicenseUrl(context);
  }
}
