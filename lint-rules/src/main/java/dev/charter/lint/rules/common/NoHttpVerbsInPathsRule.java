package dev.charter.lint.rules.common;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.PathKeys;

@LintRule(
    id = "no-http-verbs-in-paths",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.CHARTER,
    recommended = false,
    summary = "Path segments must not be HTTP verbs or verb-like actions (get, create, delete, …).",
    rationale = """
        The method says what happens to a resource; a path names the resource. `/getPets` duplicates the method and breaks REST conventions.
        """,
    bad = """
        /pets/getAll: {}
        """,
    good = """
        /pets: {}
        """)
public final class NoHttpVerbsInPathsRule implements Rule {
  private static final java.util.regex.Pattern VERB = java.util.regex.Pattern.compile(
      "^(?i:get|post|put|patch|delete|head|options|trace|create|update|remove)([A-Z_-]|$)");

  @Override
  public void check(RuleContext context) {
    PathKeys.each(context, (path, node) -> {
      for (String segment : path.split("/")) {
        if (!segment.startsWith("{") && VERB.matcher(segment).find()) {
          context.report(node, "Path segment \"" + segment + "\" is a verb; let the HTTP method say what happens.");
          return;
        }
      }
    });
  }
}
