package dev.charter.lint.rules.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.PathOperations;
import dev.charter.lint.rules.support.Reports;

@LintRule(
    id = "operation-singular-tag",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    recommended = false,
    summary = "Operation must not have more than a single tag.",
    rationale = """
        An operation with several tags appears several times in the documentation and generated clients put it in several classes.
        """,
    bad = """
        get: {tags: [pets, owners]}
        """,
    good = """
        get: {tags: [pets]}
        """)
public final class OperationSingularTagRule implements Rule {
  @Override
  public void check(RuleContext context) {
    for (PathOperations.Operation op : PathOperations.of(context.root())) {
      JsonNode tags = op.node().value().get("tags");
      if (tags != null && tags.isArray() && tags.size() > 1) {
        Reports.atMember(context, op.node(), "tags", "Operation must not have more than a single tag.");
      }
    }
  }
}
