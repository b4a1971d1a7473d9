package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.Alphabetical;

@LintRule(
    id = "asyncapi-tags-alphabetical",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI2},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    recommended = false,
    summary = "AsyncAPI object must have alphabetical \"tags\".",
    rationale = """
        Documentation lists tags in the order written; alphabetical order makes a long list searchable.
        """,
    bad = """
        tags: [{name: users}, {name: accounts}]
        """,
    good = """
        tags: [{name: accounts}, {name: users}]
        """)
public final class AsyncapiTagsAlphabeticalRule implements Rule {
  @Override
  public void check(RuleContext context) {
    context.root().get("tags").map(SpecNode::resolved).ifPresent(tags -> Alphabetical.check(context, tags, "name"));
  }
}
