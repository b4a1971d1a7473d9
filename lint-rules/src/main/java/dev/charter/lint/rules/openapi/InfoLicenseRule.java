package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.InfoMembers;

@LintRule(
    id = "info-license",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    recommended = false,
    summary = "Info object must have \"license\" object.",
    rationale = """
        Without a license, consumers cannot know whether they may use the API description, generate code from it, or publish it.
        """,
    bad = """
        info: {title: Pets, version: 1.0.0}
        """,
    good = """
        info:
          title: Pets
          version: 1.0.0
          license: {name: Apache 2.0, url: https://www.apache.org/licenses/LICENSE-2.0}
        """)
public final class InfoLicenseRule implements Rule {
  @Override
  public void check(RuleContext context) {
    InfoMembers.requireTruthy(context, "license", "Info object must have \"license\" object.");
  }
}
