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
    id = "nullable-type-sibling",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS3_0},
    family = RuleFamily.CHARTER,
    summary = "nullable: true needs a type beside it (OpenAPI 3.0).",
    rationale = """
        In OpenAPI 3.0 `nullable` only adds null to the values of the schema's `type`; without a type it
          has no effect, which is not what its author meant.
        """,
    bad = """
        nullable: true
        """,
    good = """
        type: string
        nullable: true
        """)
public final class NullableTypeSiblingRule implements Rule {
  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.SCHEMA);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    JsonNode nullable = node.get("nullable");
    if (nullable != null && nullable.isBoolean() && nullable.booleanValue() && !node.has("type")) {
      context.report(node.file(), node.pointer("nullable"), "\"nullable\" needs a \"type\" beside it.");
    }
  }
}
