package dev.charter.lint.rules.common;

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
    id = "spec-ref-siblings",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.CHARTER,
    summary = "A Reference Object outside a schema may have only summary and description beside $ref.",
    rationale = """
        In OpenAPI 3.1 a reference to a parameter, response or other component may carry a `summary`
          and a `description` that override the target's; any other member beside `$ref` is ignored.
        """,
    bad = """
        parameters:
          - $ref: '#/components/parameters/Limit'
            required: true
        """,
    good = """
        parameters:
          - $ref: '#/components/parameters/Limit'
            description: How many pets to list.
        """)
public final class SpecRefSiblingsRule implements Rule {
  private static final Set<String> ALLOWED = Set.of("$ref", "summary", "description");

  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.ANY);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    NodeType t = node.type();
    if (!node.isObject() || t == NodeType.SCHEMA || t == NodeType.DATA || t == NodeType.UNKNOWN || !node.has("$ref")
        || !node.get("$ref").isTextual()) {
      return;
    }
    for (var it = node.value().fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!ALLOWED.contains(key) && !key.startsWith("x-")) {
        context.report(node.file(), node.pointer(key), "\"" + key + "\" beside \"$ref\" is ignored; only summary and description may be given.");
      }
    }
  }
}
