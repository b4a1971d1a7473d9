package dev.charter.lint.rules.common;

import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.PathTemplates;
import java.util.HashMap;
import java.util.Map;

@LintRule(
    id = "no-identical-paths",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.CHARTER,
    summary = "Paths must not be identical apart from the names of their parameters.",
    rationale = """
        `/pets/{id}` and `/pets/{petId}` are the same path to every router: one of the two sets of
          operations can never be reached.
        """,
    bad = """
        /pets/{id}: {}
        /pets/{petId}: {}
        """,
    good = """
        /pets/{petId}: {}
        """)
public final class NoIdenticalPathsRule implements Rule {
  @Override
  public void check(RuleContext context) {
    Map<String, String> seen = new HashMap<>();
    context.root().get("paths").map(SpecNode::resolved).ifPresent(p -> p.fields().forEach(e -> {
      if (!e.getKey().startsWith("/")) {
        return;
      }
      String normalized = PathTemplates.normalize(e.getKey());
      String first = seen.putIfAbsent(normalized, e.getKey());
      if (first != null) {
        context.report(e.getValue(), "Paths \"" + first + "\" and \"" + e.getKey() + "\" are identical apart from parameter names.");
      }
    }));
  }
}
