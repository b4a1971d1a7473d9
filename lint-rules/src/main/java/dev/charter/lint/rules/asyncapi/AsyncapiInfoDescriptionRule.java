package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.InfoMembers;

@LintRule(
    id = "asyncapi-info-description",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI2, SpecFormat.ASYNCAPI3},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Info \"description\" must be present and non-empty string.",
    rationale = """
        The description is the front page of the API's documentation: what it is for, how to start.
        """,
    bad = """
        info: {title: Users, version: 1.0.0}
        """,
    good = """
        info:
          title: Users
          version: 1.0.0
          description: Events about user accounts.
        """)
public final class AsyncapiInfoDescriptionRule implements Rule {
  @Override
  public void check(RuleContext context) {
    InfoMembers.requireTruthy(context, "description", "Info \"description\" must be present and non-empty string.");
  }
}
