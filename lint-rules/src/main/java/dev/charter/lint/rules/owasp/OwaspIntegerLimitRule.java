package dev.charter.lint.rules.owasp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.SchemaTypes;
import dev.charter.lint.walk.NodeType;
import dev.charter.lint.walk.Visit;
import java.util.Set;

@LintRule(
    id = "owasp-integer-limit",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.OWASP,
    summary = "Integer schemas must set a minimum and a maximum.",
    rationale = """
        Unbounded integers invite overflows and huge page sizes or quantities (OWASP API4).
        """,
    bad = """
        type: integer
        """,
    good = """
        type: integer
        minimum: 1
        maximum: 100
        """,
    differences = """
        Checks every Schema Object, in requests and responses, in Swagger 2.0 and OpenAPI 3.x.
        """)
public final class OwaspIntegerLimitRule implements Rule {
  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.SCHEMA);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    Set<String> types = SchemaTypes.of(node.value());
    if (types.contains("integer") && !((node.has("minimum") || node.has("exclusiveMinimum")) && (node.has("maximum") || node.has("exclusiveMaximum")))) {
      context.report(node, "Integer schema must set a minimum and a maximum.");
    }
  }
}
