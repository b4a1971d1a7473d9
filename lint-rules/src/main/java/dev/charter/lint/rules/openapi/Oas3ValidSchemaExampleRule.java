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

  /**
   * Spectral cannot compile a schema with {@code nullable} but no {@code type} and reports that at
   * the example instead of checking it; charter checks the example and also says so, at the same place.
   */
  private static void nullableWithoutType(RuleContext context, java.util.List<Object> schemaPath, PathNode value) {
    // In 3.1 nullable is no keyword at all, so it has no effect there either; Spectral reports it in both.
    boolean v30 = context.format() == dev.charter.lint.SpecFormat.OAS3_0;
    if (!v30 && context.format() != dev.charter.lint.SpecFormat.OAS3_1) {
      return;
    }
    if (ExampleChecks.of(context) instanceof dev.charter.lint.examples.DocumentSchemas d) {
      d.nullableWithoutType(schemaPath).ifPresent(at -> context.report(value.file(), value.pointer(),
          "\"nullable\" cannot be used without \"type\" (schema at #" + at + "): the nullable has no effect"
              + (v30 ? "" : " (OpenAPI 3.1 has no nullable; write type: [..., 'null'])")
              + ", and ajv-based tools cannot check this example"));
    }
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
        nullableWithoutType(context, node.path(), value);
      }
    }
  }
}
