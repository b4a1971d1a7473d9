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
    id = "oas3-valid-schema-example",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Examples must be valid against their defined schema.",
    rationale = """
        A schema's `example` or `default` that breaks the schema misleads readers, and a default that is
          not a valid value is applied by clients and servers anyway.
        """,
    bad = """
        type: integer
        minimum: 1
        default: 0
        """,
    good = """
        type: integer
        minimum: 1
        default: 1
        """,
    differences = """
        Examples are validated against their schema as OpenAPI means it: `nullable` admits null,
        readOnly properties need not be sent in requests nor writeOnly ones in responses, formats are
        checked, and patterns run safely. An example whose schema cannot be compiled is not judged.
        """)
public final class Oas3ValidSchemaExampleRule implements Rule {
  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.SCHEMA);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    if (!node.isObject() || !(node.has("example") || node.has("default")) || !(JsValues.truthy(node.get("enum"))
        || JsValues.truthy(node.get("type")) || JsValues.truthy(node.get("format")) || JsValues.truthy(node.get("properties"))
        || JsValues.truthy(node.get("items")))) {
      return;
    }
    for (String field : new String[] {"example", "default"}) {
      PathNode value = node.has(field) ? ExampleChecks.member(context, node, field) : null;
      if (value != null) {
        ExampleChecks.check(context, node.path(), value, InstanceCheck.Direction.NONE);
        ExampleChecks.reportNullableWithoutType(context, node.path(), value);
      }
    }
  }
}
