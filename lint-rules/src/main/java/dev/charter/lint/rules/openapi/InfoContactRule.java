package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.InfoMembers;

@LintRule(
    id = "info-contact",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Info object must have \"contact\" object.",
    rationale = "Consumers need to know whom to ask when the API misbehaves or the description is unclear.",
    bad = """
        info:
          title: Pets
          version: 1.0.0
        """,
    good = """
        info:
          title: Pets
          version: 1.0.0
          contact:
            name: Pets team
            email: pets@example.org
        """)
public final class InfoContactRule implements Rule {
  @Override
  public void check(RuleContext context) {
    InfoMembers.requireTruthy(context, "contact", "Info object must have \"contact\" object.");
  }
}
