package dev.charter.lint.rules.common;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.walk.NodeType;
import dev.charter.lint.walk.Visit;
import java.util.Set;

@LintRule(
    id = "no-mixed-number-range-constraints",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2, SpecFormat.ASYNCAPI2, SpecFormat.ASYNCAPI3},
    family = RuleFamily.CHARTER,
    summary = "A schema must not have both minimum and exclusiveMinimum (or both maximum and exclusiveMaximum) as numbers.",
    rationale = """
        Since JSON Schema draft 6 (OpenAPI 3.1, AsyncAPI) the exclusive bounds are numbers of their own;
          giving both bounds on one side leaves readers guessing which one holds (both do).
        """,
    bad = """
        type: integer
        minimum: 0
        exclusiveMinimum: 0
        """,
    good = """
        type: integer
        exclusiveMinimum: 0
        """,
    differences = """
        Applies wherever the exclusive bounds are numbers: in Swagger 2.0 and OpenAPI 3.0 they are booleans and never match.
        """)
public final class NoMixedNumberRangeConstraintsRule implements Rule {
  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.SCHEMA);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    check(node, context, "minimum", "exclusiveMinimum");
    check(node, context, "maximum", "exclusiveMaximum");
  }

  private static void check(Visit node, RuleContext context, String inclusive, String exclusive) {
    JsonNode a = node.get(inclusive);
    JsonNode b = node.get(exclusive);
    if (a != null && a.isNumber() && b != null && b.isNumber()) {
      context.report(node.file(), node.pointer(exclusive), "Use either \"" + inclusive + "\" or \"" + exclusive + "\", not both.");
    }
  }
}
