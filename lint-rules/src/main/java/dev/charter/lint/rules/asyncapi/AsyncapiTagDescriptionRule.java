package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.TagLists;

@LintRule(
    id = "asyncapi-tag-description",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI2},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    recommended = false,
    summary = "Tag object must have \"description\".",
    rationale = """
        The tag description introduces its group of operations in the documentation.
        """,
    bad = """
        tags: [{name: users}]
        """,
    good = """
        tags: [{name: users, description: Events about users}]
        """)
public final class AsyncapiTagDescriptionRule implements Rule {
  @Override
  public void check(RuleContext context) {
    TagLists.requireDescription(context, context.root().get("tags"));
  }
}
