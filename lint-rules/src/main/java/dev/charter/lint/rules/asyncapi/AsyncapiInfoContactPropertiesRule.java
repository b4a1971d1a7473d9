package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.InfoMembers;

@LintRule(
    id = "asyncapi-info-contact-properties",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI2, SpecFormat.ASYNCAPI3},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Contact object must have \"name\", \"url\" and \"email\".",
    rationale = """
        A contact with only some ways to reach its owner sends people to the one channel nobody reads.
        """,
    bad = """
        contact: {name: Users team}
        """,
    good = """
        contact: {name: Users team, url: 'https://users.example.org', email: users@example.org}
        """)
public final class AsyncapiInfoContactPropertiesRule implements Rule {
  @Override
  public void check(RuleContext context) {
    InfoMembers.requireContactProperties(context);
  }
}
