package dev.charter.lint.rules.openapi;

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
    id = "oas2-oneOf",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "oneOf is not available in OpenAPI v2, it was added in OpenAPI v3",
    rationale = """
        Swagger 2.0 tools ignore or reject `oneOf`; the schema means something other than what it says.
        """,
    bad = """
        oneOf: [{type: string}, {type: integer}]
        """,
    good = """
        type: string
        """)
public final class Oas2OneOfRule implements Rule {
  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.ANY);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    if (node.isObject() && node.has("oneOf")) {
      context.report(node.file(), node.pointer("oneOf"), "\"oneOf\" keyword must not be used in OpenAPI v2 document.");
    }
  }
}
