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
    id = "owasp-no-additionalProperties",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.OWASP,
    summary = "Object schemas must not allow additional properties.",
    rationale = """
        Accepting any extra property invites mass assignment: a client sets fields (role, owner, price) the operation never meant to accept (OWASP API3).
        """,
    bad = """
        type: object
        additionalProperties: true
        """,
    good = """
        type: object
        additionalProperties: false
        """)
public final class OwaspNoAdditionalPropertiesRule implements Rule {
  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.SCHEMA);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    JsonNode a = node.get("additionalProperties");
    if (SchemaTypes.of(node.value()).contains("object") && a != null && (a.isObject() || (a.isBoolean() && a.booleanValue()))) {
      context.report(node.file(), node.pointer("additionalProperties"), "Object schema must not allow additional properties.");
    }
  }
}
