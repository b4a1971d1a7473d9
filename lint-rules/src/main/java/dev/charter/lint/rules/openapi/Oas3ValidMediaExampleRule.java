package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.examples.ExampleChecks;
import dev.charter.lint.examples.InstanceCheck;
import dev.charter.lint.jsonpath.PathNode;
import dev.charter.lint.rules.support.JsValues;
import dev.charter.lint.walk.NodeType;
import dev.charter.lint.walk.Visit;
import java.util.Set;

@LintRule(
    id = "oas3-valid-media-example",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Examples must be valid against their defined schema.",
    rationale = """
        An example that breaks its own schema misleads everyone who copies it, and mock servers built
          from the description answer with it.
        """,
    bad = """
        content:
          application/json:
            schema: {type: object, properties: {age: {type: integer}}}
            example: {age: ten}
        """,
    good = """
        content:
          application/json:
            schema: {type: object, properties: {age: {type: integer}}}
            example: {age: 10}
        """,
    differences = """
        Examples are validated against their schema as OpenAPI means it: `nullable` admits null,
        readOnly properties need not be sent in requests nor writeOnly ones in responses, formats are
        checked, and patterns run safely. An example whose schema cannot be compiled is not judged.
        An Example Object without `value` is left to oas3-examples-value-or-externalValue.
        """)
public final class Oas3ValidMediaExampleRule implements Rule {
  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.MEDIA_TYPE, NodeType.PARAMETER, NodeType.HEADER);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    if (!node.isObject() || !JsValues.truthy(node.get("schema")) || !(node.has("example") || JsValues.truthy(node.get("examples")))) {
      return;
    }
    var direction = ExampleChecks.direction(node);
    var schemaPath = ExampleChecks.plus(node.path(), "schema");
    if (node.has("example")) {
      PathNode example = ExampleChecks.member(context, node, "example");
      ExampleChecks.check(context, schemaPath, example, direction);
      ExampleChecks.reportNullableWithoutType(context, schemaPath, example);
      return;
    }
    PathNode examples = ExampleChecks.member(context, node, "examples");
    if (examples == null || !examples.value().isObject()) {
      return;
    }
    for (var it = examples.value().fieldNames(); it.hasNext(); ) {
      PathNode example = ExampleChecks.child(context, examples, it.next());
      if (example == null || !example.value().isObject() || example.value().has("externalValue")) {
        continue;
      }
      PathNode value = ExampleChecks.child(context, example, "value");
      if (value != null) {
        ExampleChecks.check(context, schemaPath, value, direction);
        ExampleChecks.reportNullableWithoutType(context, schemaPath, value);
      }
    }
  }
}
