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
    id = "no-illogical-composition-keywords",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2, SpecFormat.ASYNCAPI2, SpecFormat.ASYNCAPI3},
    family = RuleFamily.CHARTER,
    summary = "oneOf and anyOf need two or more schemas, and no composition lists the same schema twice.",
    rationale = """
        `oneOf: [A]` means just `A`; `anyOf: [A, A]` means `A` and `oneOf: [A, A]` matches nothing. Such
          compositions are leftovers of edits and confuse code generators. (A one-item `allOf` is the usual
          way to put a description beside a `$ref` in 3.0, and is fine.)
        """,
    bad = """
        oneOf:
          - $ref: '#/components/schemas/Cat'
        """,
    good = """
        oneOf:
          - $ref: '#/components/schemas/Cat'
          - $ref: '#/components/schemas/Dog'
        """,
    differences = """
        Unlike vacuum’s no-unnecessary-combinator, a single-item `allOf` is allowed.
        """)
public final class NoIllogicalCompositionKeywordsRule implements Rule {
  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.SCHEMA);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    for (String keyword : new String[] {"allOf", "anyOf", "oneOf"}) {
      JsonNode list = node.get(keyword);
      if (list == null || !list.isArray()) {
        continue;
      }
      if (list.isEmpty()) {
        context.report(node.file(), node.pointer(keyword), "\"" + keyword + "\" lists no schema.");
        continue;
      }
      if (list.size() == 1 && !keyword.equals("allOf")) {
        context.report(node.file(), node.pointer(keyword), "\"" + keyword + "\" with one schema is that schema; use it directly.");
      }
      for (int i = 1; i < list.size(); i++) {
        for (int j = 0; j < i; j++) {
          if (list.get(i).equals(list.get(j))) {
            context.report(node.file(), node.pointer(keyword) + "/" + i, "\"" + keyword + "\" lists the same schema twice (items " + j + " and " + i + ").");
            break;
          }
        }
      }
    }
  }
}
