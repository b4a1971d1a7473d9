package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.JsValues;
import dev.charter.lint.rules.support.Reports;

@LintRule(
    id = "asyncapi-tags",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI2},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "AsyncAPI object must have non-empty \"tags\" array.",
    rationale = """
        Global tags give channels and operations groups and descriptions in the documentation.
        """,
    bad = """
        asyncapi: 2.6.0
        info: {title: Users, version: 1.0.0}
        """,
    good = """
        asyncapi: 2.6.0
        info: {title: Users, version: 1.0.0}
        tags: [{name: users}]
        """)
public final class AsyncapiTagsRule implements Rule {
  @Override
  public void check(RuleContext context) {
    if (!JsValues.truthy(context.root().value().get("tags"))) {
      Reports.atMember(context, context.root(), "tags", "AsyncAPI object must have non-empty \"tags\" array.");
    }
  }
}
