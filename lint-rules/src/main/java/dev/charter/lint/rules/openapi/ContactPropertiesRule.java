package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.InfoMembers;

@LintRule(
    id = "contact-properties",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    recommended = false,
    summary = "Contact object must have \"name\", \"url\" and \"email\".",
    rationale = """
        A contact with only some ways to reach its owner sends people to the one channel nobody reads.
        """,
    bad = """
        contact: {name: Pets team}
        """,
    good = """
        contact: {name: Pets team, url: https://pets.example.org, email: pets@example.org}
        """)
public final class ContactPropertiesRule implements Rule {
  @Override
  public void check(RuleContext context) {
    InfoMembers.requireContactProperties(context);
  }
}
