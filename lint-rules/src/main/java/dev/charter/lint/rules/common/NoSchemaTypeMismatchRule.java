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
    id = "no-schema-type-mismatch",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2, SpecFormat.ASYNCAPI2, SpecFormat.ASYNCAPI3},
    family = RuleFamily.CHARTER,
    summary = "A schema must not use keywords of another type: items on a non-array, properties on a non-object.",
    rationale = """
        `type: object` with `items`, or `type: array` with `properties`, is a contradiction: validators
          ignore the keywords that do not apply, so the constraint the author wrote is silently dropped.
        """,
    bad = """
        type: object
        items: {type: string}
        """,
    good = """
        type: array
        items: {type: string}
        """)
public final class NoSchemaTypeMismatchRule implements Rule {
  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.SCHEMA);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    JsonNode type = node.get("type");
    if (type == null) {
      return;
    }
    java.util.Set<String> types = new java.util.HashSet<>();
    if (type.isTextual()) {
      types.add(type.textValue());
    } else if (type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else {
      return;
    }
    if (node.has("items") && !types.contains("array")) {
      context.report(node.file(), node.pointer("items"), "Schema of type " + types + " has \"items\", which applies only to arrays.");
    }
    if (node.has("properties") && !types.contains("object")) {
      context.report(node.file(), node.pointer("properties"), "Schema of type " + types + " has \"properties\", which applies only to objects.");
    }
  }
}
