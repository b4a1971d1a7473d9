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
    id = "asyncapi-3-tags-alphabetical",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI3},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    recommended = false,
    summary = "AsyncAPI object must have alphabetical \"tags\".",
    rationale = """
        Documentation lists tags in the order written; alphabetical order makes a long list searchable.
        """,
    bad = """
        info:
          tags: [{name: users}, {name: accounts}]
        """,
    good = """
        info:
          tags: [{name: accounts}, {name: users}]
        """)
public final class Asyncapi3TagsAlphabeticalRule implements Rule {
  @Override
  public void check(RuleContext context) {
    context.root().get("info").map(SpecNode::resolved).flatMap(i -> i.get("tags")).map(SpecNode::resolved)
        .ifPresent(tags -> Alphabetical.check(context, tags, "name"));
  }
}
