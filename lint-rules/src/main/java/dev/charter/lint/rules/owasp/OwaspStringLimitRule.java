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
    id = "owasp-string-limit",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.OWASP,
    summary = "String schemas must set maxLength (or be an enum or const).",
    rationale = """
        An unbounded string lets one request make the server allocate and process without limit (OWASP API4).
        """,
    bad = """
        type: string
        """,
    good = """
        type: string
        maxLength: 256
        """,
    differences = """
        Checks every Schema Object, in requests and responses, in Swagger 2.0 and OpenAPI 3.x.
        """)
public final class OwaspStringLimitRule implements Rule {
  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.SCHEMA);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    Set<String> types = SchemaTypes.of(node.value());
    if (types.contains("string") && !node.has("maxLength") && !node.has("enum") && !node.has("const")) {
      context.report(node, "String schema must set \"maxLength\", \"enum\" or \"const\".");
    }
  }
}
