package dev.charter.lint.rules.owasp;

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
    id = "owasp-constrained-additionalProperties",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.OWASP,
    summary = "Objects whose additional properties follow a schema must set maxProperties.",
    rationale = """
        A map of arbitrary keys without a size limit lets one request make the server store and process without limit (OWASP API4).
        """,
    bad = """
        type: object
        additionalProperties: {type: string}
        """,
    good = """
        type: object
        additionalProperties: {type: string}
        maxProperties: 50
        """)
public final class OwaspConstrainedAdditionalPropertiesRule implements Rule {
  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.SCHEMA);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    JsonNode a = node.get("additionalProperties");
    if (a != null && a.isObject() && !node.has("maxProperties")) {
      context.report(node.file(), node.pointer("additionalProperties"), "Object with additional properties must set \"maxProperties\".");
    }
  }
}
