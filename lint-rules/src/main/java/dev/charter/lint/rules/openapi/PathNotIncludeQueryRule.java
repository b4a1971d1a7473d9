package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.PathKeys;

@LintRule(
    id = "path-not-include-query",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Path must not include query string.",
    rationale = """
        Query parameters belong in `parameters` with `in: query`, where they are typed, documented and optional; in the path key they are part of a literal URL.
        """,
    bad = """
        /pets?sort=name: {}
        """,
    good = """
        /pets:
          get:
            parameters: [{name: sort, in: query, schema: {type: string}}]
        """)
public final class PathNotIncludeQueryRule implements Rule {
  @Override
  public void check(RuleContext context) {
    PathKeys.each(context, (key, node) -> {
      if (key.contains("?")) {
        context.report(node, "Path must not include query string.");
      }
    });
  }
}
