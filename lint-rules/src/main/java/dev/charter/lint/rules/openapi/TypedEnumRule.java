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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@LintRule(
    id = "typed-enum",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Enum values must respect the specified type.",
    rationale = """
        An enum value of the wrong type can never be sent or received: validators reject it, and
        generated code either fails to compile or silently drops it.""",
    bad = """
        type: integer
        enum: [1, 2, "three"]
        """,
    good = """
        type: integer
        enum: [1, 2, 3]
        """,
    differences = """
        Like Spectral, every object with both `enum` and `type` is checked, wherever it is (also in
        extensions and examples).""")
public final class TypedEnumRule implements Rule {
  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.ANY);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    if (!node.isObject()) {
      return;
    }
    JsonNode values = node.get("enum");
    JsonNode type = node.get("type");
    if (!JsValues.truthy(values) || !JsValues.truthy(type) || !values.isArray()) {
      return;
    }
    List<String> types = new ArrayList<>();
    if (type.isTextual()) {
      types.add(type.textValue());
    } else if (type.isArray()) {
      for (JsonNode t : type) {
        if (!t.isTextual()) {
          return;
        }
        types.add(t.textValue());
      }
    } else {
      return;
    }
    if (nullable(node, context.format())) {
      types.add("null");
    }
    String printed = type.isTextual() && types.size() == 1 ? type.textValue() : String.join(",", types);
    boolean integers = types.contains("integer");
    for (int i = 0; i < values.size(); i++) {
      String actual = dataType(values.get(i), integers);
      if (!types.contains(actual)) {
        context.report(node.file(), node.pointer() + "/enum/" + i,
            "Enum value " + JsValues.print(values.get(i)) + " must be \"" + printed + "\".");
      }
    }
  }

  private static boolean nullable(Visit node, SpecFormat format) {
    JsonNode flag = switch (format) {
      case OAS3_0 -> node.get("nullable");
      case OAS2 -> node.get("x-nullable");
      default -> null;
    };
    return flag != null && flag.isBoolean() && flag.booleanValue();
  }

  /** JavaScript's {@code typeof}, refined as Spectral does: integers count as such only where the type allows them. */
  static String dataType(JsonNode v, boolean checkForInteger) {
    if (v.isTextual()) {
      return "string";
    }
    if (v.isBoolean()) {
      return "boolean";
    }
    if (v.isNumber()) {
      boolean integral = v.isIntegralNumber() || (v.doubleValue() == Math.rint(v.doubleValue()) && !Double.isInfinite(v.doubleValue()));
      return checkForInteger && integral ? "integer" : "number";
    }
    if (v.isNull()) {
      return "null";
    }
    return v.isArray() ? "array" : "object";
  }
}
