package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.InfoMembers;

@LintRule(
    id = "info-description",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Info \"description\" must be present and non-empty string.",
    rationale = "The description is the front page of the API's documentation: what it is for, how to start.",
    bad = """
        info:
          title: Pets
          version: 1.0.0
        """,
    good = """
        info:
          title: Pets
          version: 1.0.0
          description: Adopt a pet from a shelter near you.
        """)
public final class InfoDescriptionRule implements Rule {
  @Override
  public void check(RuleContext context) {
    InfoMembers.requireTruthy(context, "description", "Info \"description\" must be present and non-empty string.");
  }
}
