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
    id = "no-server-variables-empty-enum",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2, SpecFormat.ASYNCAPI2, SpecFormat.ASYNCAPI3},
    family = RuleFamily.CHARTER,
    summary = "A server variable’s enum must not be empty.",
    rationale = """
        An empty enum allows no value at all, so the server URL can never be built.
        """,
    bad = """
        variables:
          region: {default: eu, enum: []}
        """,
    good = """
        variables:
          region: {default: eu, enum: [eu, us]}
        """)
public final class NoServerVariablesEmptyEnumRule implements Rule {
  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.SERVER_VARIABLE);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    JsonNode e = node.get("enum");
    if (e != null && e.isArray() && e.isEmpty()) {
      context.report(node.file(), node.pointer("enum"), "Server variable enum must not be empty.");
    }
  }
}
