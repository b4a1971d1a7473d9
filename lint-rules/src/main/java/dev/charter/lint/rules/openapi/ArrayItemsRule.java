package dev.charter.lint.rules.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.JsValues;
import dev.charter.lint.walk.NodeType;
import dev.charter.lint.walk.Visit;
import java.util.Set;

@LintRule(
    id = "array-items",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Schemas with \"type: array\", require a sibling \"items\" field",
    rationale = """
        OpenAPI requires `items` for array schemas (JSON Schema does not): without it nothing is known
          about the elements, and code generators produce untyped lists or fail.
        """,
    bad = """
        type: array
        """,
    good = """
        type: array
        items: {type: string}
        """,
    differences = """
        Spectral checks every object of the root file, including example values; charter does not look
          inside examples, defaults and enums, and also checks the files a spec references.
        """)
public final class ArrayItemsRule implements Rule {
  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.ANY);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    if (!node.isObject() || node.type() == NodeType.DATA) {
      return;
    }
    JsonNode type = node.get("type");
    if (type == null || !isArrayType(type, context.format()) || JsValues.truthy(node.get("items"))) {
      return;
    }
    context.report(node.file(), node.pointer("items"), "Schemas with \"type: array\", require a sibling \"items\" field");
  }

  /** {@code type == "array"} as JavaScript compares it, and in 3.1 also a type list with "array". */
  private static boolean isArrayType(JsonNode type, SpecFormat format) {
    if (type.isTextual()) {
      return type.textValue().equals("array");
    }
    if (type.isArray()) {
      if (type.size() == 1 && type.get(0).isTextual() && type.get(0).textValue().equals("array")) {
        return true;
      }
      if (format == SpecFormat.OAS3_1 || format == SpecFormat.OAS3_2) {
        for (JsonNode t : type) {
          if (t.isTextual() && t.textValue().equals("array")) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
