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
    id = "asyncapi-tags-uniqueness",
    severity = Severity.ERROR,
    formats = {SpecFormat.ASYNCAPI2},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Each tag must have a unique name.",
    rationale = """
        Two tags with one name split the documentation into two groups with the same title.
        """,
    bad = """
        tags: [{name: users}, {name: users}]
        """,
    good = """
        tags: [{name: users}, {name: accounts}]
        """)
public final class AsyncapiTagsUniquenessRule implements Rule {
  private static final Query TAGS = Query.of("$.tags", "$.servers.*.tags", "$.components.servers.*.tags",
      "$.channels.*.[publish,subscribe].tags", "$.components.channels.*.[publish,subscribe].tags",
      "$.channels.*.[publish,subscribe].traits.*.tags", "$.components.channels.*.[publish,subscribe].traits.*.tags",
      "$.components.operationTraits.*.tags", "$.channels.*.[publish,subscribe].message.tags",
      "$.channels.*.[publish,subscribe].message.oneOf.*.tags", "$.components.channels.*.[publish,subscribe].message.tags",
      "$.components.channels.*.[publish,subscribe].message.oneOf.*.tags", "$.components.messages.*.tags",
      "$.channels.*.[publish,subscribe].message.traits.*.tags", "$.channels.*.[publish,subscribe].message.oneOf.*.traits.*.tags",
      "$.components.channels.*.[publish,subscribe].message.traits.*.tags",
      "$.components.channels.*.[publish,subscribe].message.oneOf.*.traits.*.tags", "$.components.messages.*.traits.*.tags",
      "$.components.messageTraits.*.tags");

  @Override
  public void check(RuleContext context) {
    for (PathNode tags : TAGS.resolved(context)) {
      TagNames.reportDuplicates(context, tags.toSpecNode(context.document()));
    }
  }
}
