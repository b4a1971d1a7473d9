package dev.charter.lint.rules.openapi;

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
    id = "no-$ref-siblings",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Property must not be placed among $ref",
    rationale = """
        In Swagger 2.0 and OpenAPI 3.0 a Reference Object is replaced by its target: every member beside
          `$ref` is ignored. A `description` or `nullable` written there looks meaningful and does nothing.
        """,
    bad = """
        schema:
          $ref: '#/components/schemas/Pet'
          nullable: true
        """,
    good = """
        schema:
          allOf: [{$ref: '#/components/schemas/Pet'}]
          nullable: true
        """,
    differences = """
        Spectral flags `$ref` members anywhere in the root file, including inside example values,
          where `$ref` is data and not a reference; charter does not look inside examples, defaults and enums.
          Charter also checks the files a spec references, which Spectral does not for this rule.
        """)
public final class NoRefSiblingsRule implements Rule {
  @Override
  public Set<NodeType> visits() {
    return Set.of(NodeType.ANY);
  }

  @Override
  public void visit(Visit node, RuleContext context) {
    if (!node.isObject() || node.type() == NodeType.DATA || !node.has("$ref") || node.value().size() == 1) {
      return;
    }
    for (var it = node.value().fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!key.equals("$ref")) {
        context.report(node.file(), node.pointer(key), "$ref must not be placed next to any other properties");
      }
    }
  }
}
