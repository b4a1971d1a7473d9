package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.NonEmptyArray;
import dev.charter.lint.rules.support.PathOperations;

@LintRule(
    id = "operation-tags",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Operation must have non-empty \"tags\" array.",
    rationale = """
        Documentation and generated clients group operations by tag; an untagged operation lands in a catch-all group.
        """,
    bad = """
        get: {operationId: listPets}
        """,
    good = """
        get: {operationId: listPets, tags: [pets]}
        """)
public final class OperationTagsRule implements Rule {
  @Override
  public void check(RuleContext context) {
    for (PathOperations.Operation op : PathOperations.of(context.root())) {
      NonEmptyArray.require(context, op.node(), "tags", "Operation must have non-empty \"tags\" array.");
    }
  }
}
