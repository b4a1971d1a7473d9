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
    id = "owasp-array-limit",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.OWASP,
    summary = "Array schemas must set maxItems.",
    rationale = """
        An unbounded array lets one request make the server allocate and process without limit (OWASP API4: unrestricted resource consumption).
        """,
    bad = """
        type: array
        items: {type: string}
        """,
    good = """
        type: array
        items: {type: string}
        maxItems: 100
        """,
    differences = """
        Checks every Schema Object, in requests and responses, in Swagger 2.0 and OpenAPI 3.x.
        """)
public final class OwaspArrayLimitRule implements Rule {
  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.SCHEMA);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    Set<String> types = SchemaTypes.of(node.value());
    if (types.contains("array") && !node.has("maxItems")) {
      context.report(node, "Array schema must set \"maxItems\".");
    }
  }
}
