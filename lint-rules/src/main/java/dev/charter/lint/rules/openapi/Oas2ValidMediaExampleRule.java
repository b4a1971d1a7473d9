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
    id = "oas2-valid-media-example",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Examples must be valid against their defined schema.",
    rationale = """
        A response example that breaks the response schema misleads everyone who copies it, and mock
          servers built from the description answer with it.
        """,
    bad = """
        '200':
          schema: {type: object, required: [id]}
          examples:
            application/json: {name: Tom}
        """,
    good = """
        '200':
          schema: {type: object, required: [id]}
          examples:
            application/json: {id: 1, name: Tom}
        """,
    differences = """
        Examples are validated against their schema as OpenAPI means it: `nullable` admits null,
        readOnly properties need not be sent in requests nor writeOnly ones in responses, formats are
        checked, and patterns run safely. An example whose schema cannot be compiled is not judged.
        """)
public final class Oas2ValidMediaExampleRule implements Rule {
  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.RESPONSE);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    if (!node.isObject() || !JsValues.truthy(node.get("schema")) || !JsValues.truthy(node.get("examples"))) {
      return;
    }
    PathNode examples = ExampleChecks.member(context, node, "examples");
    if (examples == null || !examples.value().isObject()) {
      return;
    }
    for (var it = examples.value().fieldNames(); it.hasNext(); ) {
      PathNode value = ExampleChecks.child(context, examples, it.next());
      if (value != null) {
        ExampleChecks.check(context, ExampleChecks.plus(node.path(), "schema"), value, InstanceCheck.Direction.RESPONSE);
      }
    }
  }
}
