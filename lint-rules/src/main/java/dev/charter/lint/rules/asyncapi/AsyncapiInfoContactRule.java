package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.InfoMembers;

@LintRule(
    id = "asyncapi-info-contact",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI2, SpecFormat.ASYNCAPI3},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Info object must have \"contact\" object.",
    rationale = """
        Consumers need to know whom to ask when the API misbehaves or the description is unclear.
        """,
    bad = """
        info: {title: Users, version: 1.0.0}
        """,
    good = """
        info:
          title: Users
          version: 1.0.0
          contact: {name: Users team, email: users@example.org}
        """)
public final class AsyncapiInfoContactRule implements Rule {
  @Override
  public void check(RuleContext context) {
    InfoMembers.requireTruthy(context, "contact", "Info object must have \"contact\" object.");
  }
}
