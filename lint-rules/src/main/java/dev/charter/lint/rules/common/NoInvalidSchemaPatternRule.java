package dev.charter.lint.rules.common;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.jsonpath.JsRegex;
import dev.charter.lint.walk.NodeType;
import dev.charter.lint.walk.Visit;
import java.util.Set;

@LintRule(
    id = "no-invalid-schema-pattern",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2, SpecFormat.ASYNCAPI2, SpecFormat.ASYNCAPI3},
    family = RuleFamily.CHARTER,
    summary = "A schema pattern must be a valid regular expression.",
    rationale = """
        A `pattern` that does not compile makes every validator fail or, worse, skip the check; the
          values it was meant to restrict go through unchecked. JSON Schema patterns are ECMAScript regular
          expressions.
        """,
    bad = """
        type: string
        pattern: '^[a-z+$'
        """,
    good = """
        type: string
        pattern: '^[a-z]+$'
        """)
public final class NoInvalidSchemaPatternRule implements Rule {
  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.SCHEMA, NodeType.PARAMETER, NodeType.HEADER, NodeType.PARAMETER_ITEMS);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    JsonNode pattern = node.get("pattern");
    if (pattern == null || !pattern.isTextual()) {
      return;
    }
    try {
      JsRegex.compile(pattern.textValue(), "u");
    } catch (IllegalArgumentException e) {
      context.report(node.file(), node.pointer("pattern"), "Pattern is not a valid regular expression: " + e.getMessage());
    }
  }
}
