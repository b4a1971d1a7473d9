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
    id = "owasp-integer-format",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.OWASP,
    summary = "Integer schemas must set format int32 or int64.",
    rationale = """
        Without a format, clients and servers disagree on the range of an integer; values that overflow one side pass the other (OWASP API4).
        """,
    bad = """
        type: integer
        """,
    good = """
        type: integer
        format: int32
        """,
    differences = """
        Checks every Schema Object, in requests and responses, in Swagger 2.0 and OpenAPI 3.x.
        """)
public final class OwaspIntegerFormatRule implements Rule {
  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.SCHEMA);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    Set<String> types = SchemaTypes.of(node.value());
    if (types.contains("integer") && !(node.has("format") && (node.get("format").asText().equals("int32") || node.get("format").asText().equals("int64")))) {
      context.report(node, "Integer schema must set \"format\" to int32 or int64.");
    }
  }
}
