package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.TagLists;

@LintRule(
    id = "asyncapi-3-tag-description",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI3},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    recommended = false,
    summary = "Tag object must have \"description\".",
    rationale = """
        The tag description introduces its group of operations in the documentation.
        """,
    bad = """
        info:
          tags: [{name: users}]
        """,
    good = """
        info:
          tags: [{name: users, description: Events about users}]
        """)
public final class Asyncapi3TagDescriptionRule implements Rule {
  @Override
  public void check(RuleContext context) {
    TagLists.requireDescription(context, context.root().get("info").map(SpecNode::resolved).flatMap(i -> i.get("tags")));
  }
}
