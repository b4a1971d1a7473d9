package dev.charter.lint.rules.common;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.PathKeys;

@LintRule(
    id = "paths-kebab-case",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.CHARTER,
    recommended = false,
    summary = "Path segments must be kebab-case: lower case words joined by hyphens.",
    rationale = """
        One casing in URLs makes them predictable; kebab-case is the convention of most public HTTP APIs.
        """,
    bad = """
        /petOwners/{ownerId}: {}
        """,
    good = """
        /pet-owners/{ownerId}: {}
        """)
public final class PathsKebabCaseRule implements Rule {
  private static final java.util.regex.Pattern KEBAB = java.util.regex.Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+)?$");

  @Override
  public void check(RuleContext context) {
    PathKeys.each(context, (path, node) -> {
      for (String segment : path.split("/")) {
        if (!segment.isEmpty() && !segment.startsWith("{") && !KEBAB.matcher(segment).matches()) {
          context.report(node, "Path segment \"" + segment + "\" is not kebab-case.");
          return;
        }
      }
    });
  }
}
