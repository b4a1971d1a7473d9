package dev.charter.lint.rules.common;

import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.PathTemplates;
import java.util.ArrayList;
import java.util.List;

@LintRule(
    id = "no-ambiguous-paths",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.CHARTER,
    summary = "Paths must not be ambiguous: no request path may match two of them equally well.",
    rationale = """
        OpenAPI matches concrete segments before templated ones, so `/pets/mine` and `/pets/{id}` are
          fine. But `/{entity}/mine` and `/pets/{id}` both match `/pets/mine` with one template each: which
          operation a request reaches depends on the server's router, and clients cannot know.
        """,
    bad = """
        /{entity}/mine: {}
        /pets/{id}: {}
        """,
    good = """
        /owners/mine: {}
        /pets/{id}: {}
        """,
    differences = """
        Same meaning as Redocly’s rule: identical templates are left to no-identical-paths.
        """)
public final class NoAmbiguousPathsRule implements Rule {
  @Override
  public void check(RuleContext context) {
    List<java.util.Map.Entry<String, SpecNode>> paths = new ArrayList<>();
    context.root().get("paths").map(SpecNode::resolved).ifPresent(p -> p.fields().forEach(e -> {
      if (e.getKey().startsWith("/")) {
        paths.add(e);
      }
    }));
    for (int i = 0; i < paths.size(); i++) {
      for (int j = 0; j < i; j++) {
        String a = paths.get(j).getKey();
        String b = paths.get(i).getKey();
        if (PathTemplates.ambiguous(a, b)) {
          context.report(paths.get(i).getValue(), "Paths \"" + a + "\" and \"" + b + "\" can match the same request path equally well.");
        }
      }
    }
  }
}
