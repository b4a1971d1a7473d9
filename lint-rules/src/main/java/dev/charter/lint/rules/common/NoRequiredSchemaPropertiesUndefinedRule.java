package dev.charter.lint.rules.common;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.SchemaProperties;
import dev.charter.lint.walk.NodeType;
import dev.charter.lint.walk.Visit;
import java.util.Set;

@LintRule(
    id = "no-required-schema-properties-undefined",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2, SpecFormat.ASYNCAPI2, SpecFormat.ASYNCAPI3},
    family = RuleFamily.CHARTER,
    summary = "Every name in required must be a property the schema (or its allOf parts) declares.",
    rationale = """
        A required property that is not declared is usually a typo or a renamed property: validators
          demand a member nobody knows the shape of, and generated models lack it.
        """,
    bad = """
        type: object
        required: [name, age]
        properties:
          name: {type: string}
        """,
    good = """
        type: object
        required: [name]
        properties:
          name: {type: string}
        """,
    differences = """
        Properties declared in `allOf` parts, and in the other parts of an `allOf` the schema is in,
          count as declared. Schemas with `patternProperties`, an `additionalProperties` schema, `oneOf` or
          `anyOf` are not checked: the name may be declared there.
        """)
public final class NoRequiredSchemaPropertiesUndefinedRule implements Rule {
  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.SCHEMA);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    JsonNode required = node.get("required");
    if (required == null || !required.isArray() || required.isEmpty()) {
      return;
    }
    JsonNode additional = node.get("additionalProperties");
    if (node.has("patternProperties") || (additional != null && !additional.isBoolean()) || node.has("oneOf") || node.has("anyOf")) {
      return;
    }
    Set<String> declared = SchemaProperties.declared(context, node);
    if (declared == null) {
      return;
    }
    for (int i = 0; i < required.size(); i++) {
      JsonNode name = required.get(i);
      if (name.isTextual() && !declared.contains(name.textValue())) {
        context.report(node.file(), node.pointer() + "/required/" + i,
            "Required property \"" + name.textValue() + "\" is not declared in \"properties\".");
      }
    }
  }
}
