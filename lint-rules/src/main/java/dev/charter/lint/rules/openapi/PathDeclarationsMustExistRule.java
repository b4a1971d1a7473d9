package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.PathKeys;

@LintRule(
    id = "path-declarations-must-exist",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Path parameter declarations must not be empty, ex.\"/given/{}\" is invalid.",
    rationale = """
        An empty `{}` in a path template names no parameter, so no value can ever fill it.
        """,
    bad = """
        /pets/{}: {}
        """,
    good = """
        /pets/{petId}: {}
        """)
public final class PathDeclarationsMustExistRule implements Rule {
  @Override
  public void check(RuleContext context) {
    PathKeys.each(context, (key, node) -> {
      if (key.contains("{}")) {
        context.report(node, "Path parameter declarations must not be empty, ex.\"/given/{}\" is invalid.");
      }
    });
  }
}
