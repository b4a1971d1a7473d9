package dev.charter.lint.rules.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.PathOperations;

@LintRule(
    id = "operation-tag-defined",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Operation tags must be defined in global tags.",
    rationale = """
        Documentation groups operations by the global tags, with their descriptions and order; an
          operation tagged with an undeclared tag lands in a group nobody described, often a typo.
        """,
    bad = """
        tags: [{name: pets}]
        paths:
          /pets: {get: {tags: [pet]}}
        """,
    good = """
        tags: [{name: pets}]
        paths:
          /pets: {get: {tags: [pets]}}
        """)
public final class OperationTagDefinedRule implements Rule {
  @Override
  public void check(RuleContext context) {
    java.util.Set<String> global = new java.util.HashSet<>();
    SpecNode tags = context.root().get("tags").map(SpecNode::resolved).orElse(null);
    if (tags != null && tags.isArray()) {
      for (SpecNode t : tags.elements()) {
        JsonNode name = t.resolved().value().get("name");
        if (name != null && name.isTextual()) {
          global.add(name.textValue());
        }
      }
    }
    for (PathOperations.Operation op : PathOperations.of(context.root())) {
      SpecNode opTags = op.node().get("tags").map(SpecNode::resolved).orElse(null);
      if (opTags == null || !opTags.isArray()) {
        continue;
      }
      for (SpecNode t : opTags.elements()) {
        if (!(t.value().isTextual() && global.contains(t.value().textValue()))) {
          context.report(t, "Operation tags must be defined in global tags.");
        }
      }
    }
  }
}
