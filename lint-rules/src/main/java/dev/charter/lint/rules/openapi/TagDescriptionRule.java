package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.TagLists;

@LintRule(
    id = "tag-description",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    recommended = false,
    summary = "Tag object must have \"description\".",
    rationale = """
        The tag description introduces its group of operations in the documentation.
        """,
    bad = """
        tags: [{name: pets}]
        """,
    good = """
        tags: [{name: pets, description: Everything about pets}]
        """)
public final class TagDescriptionRule implements Rule {
  @Override
  public void check(RuleContext context) {
    TagLists.requireDescription(context, context.root().get("tags"));
  }
}
