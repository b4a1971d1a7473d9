package dev.charter.lint.rules.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.jsonpath.Js;
import dev.charter.lint.walk.NodeType;
import dev.charter.lint.walk.Visit;
import java.util.Set;

@LintRule(
    id = "duplicated-entry-in-enum",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Enum values must not have duplicate entry.",
    rationale = """
        A repeated enum value is at best noise and at worst a typo hiding the value that was meant;
          code generators choke on duplicate constants.
        """,
    bad = """
        enum: [cat, dog, cat]
        """,
    good = """
        enum: [cat, dog, bird]
        """)
public final class DuplicatedEntryInEnumRule implements Rule {
  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.ANY);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    if (!node.isObject() || "properties".equals(node.key())) {
      return;
    }
    JsonNode values = node.get("enum");
    if (values == null || !values.isArray()) {
      return;
    }
    for (int i = values.size() - 1; i > 0; i--) {
      for (int j = i - 1; j >= 0; j--) {
        if (Js.deepEquals(values.get(i), values.get(j))) {
          context.report(node.file(), node.pointer("enum"), "\"enum\" property must not have duplicate items (items ## "
              + j + " and " + i + " are identical)");
          return;
        }
      }
    }
  }
}
