package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.jsonpath.PathNode;
import dev.charter.lint.rules.support.JsValues;
import dev.charter.lint.rules.support.Query;
import dev.charter.lint.rules.support.Reports;

@LintRule(
    id = "asyncapi-3-tags",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI3},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "AsyncAPI document must have non-empty \"tags\" array.",
    rationale = """
        Tags give channels and operations groups and descriptions in the documentation.
        """,
    bad = """
        info: {title: Users, version: 1.0.0}
        """,
    good = """
        info:
          title: Users
          version: 1.0.0
          tags: [{name: users}]
        """)
public final class Asyncapi3TagsRule implements Rule {
  private static final Query INFO = Query.of("$.info");

  @Override
  public void check(RuleContext context) {
    for (PathNode info : INFO.resolved(context)) {
      if (JsValues.isObjectLike(info.value()) && !JsValues.truthy(info.value().get("tags"))) {
        Reports.atMember(context, info, "tags", "AsyncAPI document must have non-empty \"tags\" array.");
      }
    }
  }
}
