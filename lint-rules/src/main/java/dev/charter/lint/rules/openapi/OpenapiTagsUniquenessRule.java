package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.TagNames;

@LintRule(
    id = "openapi-tags-uniqueness",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Each tag must have a unique name.",
    rationale = """
        Two tags with one name split an API's documentation into two groups with the same title, and tools pick either description.
        """,
    bad = """
        tags: [{name: pets}, {name: pets}]
        """,
    good = """
        tags: [{name: pets}, {name: owners}]
        """)
public final class OpenapiTagsUniquenessRule implements Rule {
  @Override
  public void check(RuleContext context) {
    context.root().get("tags").map(SpecNode::resolved).ifPresent(tags -> TagNames.reportDuplicates(context, tags));
  }
}
