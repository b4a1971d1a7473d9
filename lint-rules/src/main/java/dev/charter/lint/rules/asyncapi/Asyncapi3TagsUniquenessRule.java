package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.jsonpath.PathNode;
import dev.charter.lint.rules.support.Query;
import dev.charter.lint.rules.support.TagNames;

@LintRule(
    id = "asyncapi-3-tags-uniqueness",
    severity = Severity.ERROR,
    formats = {SpecFormat.ASYNCAPI3},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Each tag must have a unique name.",
    rationale = """
        Two tags with one name split the documentation into two groups with the same title.
        """,
    bad = """
        info:
          tags: [{name: users}, {name: users}]
        """,
    good = """
        info:
          tags: [{name: users}, {name: accounts}]
        """)
public final class Asyncapi3TagsUniquenessRule implements Rule {
  private static final Query TAGS = Query.of("$.info.tags", "$.servers.*.tags", "$.components.servers.*.tags",
      "$.operations.*.tags", "$.components.operations.*.tags", "$.operations.*.traits.*.tags",
      "$.components.operations.traits.*.tags", "$.components.operationTraits.*.tags", "$.channels.*.messages.*.tags",
      "$.components.channels.*.messages.tags", "$.components.messages.*.tags", "$.channels.*..messages.*.traits.*.tags",
      "$.components.channels.*.messages.*.traits.*.tags", "$.components.messages.*.traits.*.tags",
      "$.components.messageTraits.*.tags");

  @Override
  public void check(RuleContext context) {
    for (PathNode tags : TAGS.resolved(context)) {
      TagNames.reportDuplicates(context, tags.toSpecNode(context.document()));
    }
  }
}
