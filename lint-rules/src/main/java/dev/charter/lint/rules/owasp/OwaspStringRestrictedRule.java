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
    id = "owasp-string-restricted",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.OWASP,
    summary = "String schemas must be restricted by format, pattern, enum or const.",
    rationale = """
        A string that accepts anything is where injection payloads travel; saying what it may contain lets gateways and validators reject the rest (OWASP API8).
        """,
    bad = """
        type: string
        maxLength: 64
        """,
    good = """
        type: string
        maxLength: 64
        pattern: '^[a-z0-9-]+$'
        """,
    differences = """
        Checks every Schema Object, in requests and responses, in Swagger 2.0 and OpenAPI 3.x.
        """)
public final class OwaspStringRestrictedRule implements Rule {
  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.SCHEMA);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    Set<String> types = SchemaTypes.of(node.value());
    if (types.contains("string") && !node.has("format") && !node.has("pattern") && !node.has("enum") && !node.has("const")) {
      context.report(node, "String schema must set \"format\", \"pattern\", \"enum\" or \"const\".");
    }
  }
}
