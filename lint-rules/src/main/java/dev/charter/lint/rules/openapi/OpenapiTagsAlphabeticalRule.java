package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.Alphabetical;

@LintRule(
    id = "openapi-tags-alphabetical",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    recommended = false,
    summary = "OpenAPI object must have alphabetical \"tags\".",
    rationale = """
        Documentation lists tags in the order written; alphabetical order makes a long list searchable.
        """,
    bad = """
        tags: [{name: pets}, {name: owners}]
        """,
    good = """
        tags: [{name: owners}, {name: pets}]
        """)
public final class OpenapiTagsAlphabeticalRule implements Rule {
  @Override
  public void check(RuleContext context) {
    context.root().get("tags").map(SpecNode::resolved).ifPresent(tags -> {
      Alphabetical.check(context, tags, "name");
    });
  }
}
