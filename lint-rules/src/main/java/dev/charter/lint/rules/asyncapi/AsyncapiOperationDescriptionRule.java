package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.AsyncOperations;
import dev.charter.lint.rules.support.JsValues;
import dev.charter.lint.rules.support.Reports;

@LintRule(
    id = "asyncapi-operation-description",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI2},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Operation \"description\" must be present and non-empty string.",
    rationale = """
        The description is where an operation's purpose, timing and side effects are explained.
        """,
    bad = """
        publish: {operationId: sendSignup}
        """,
    good = """
        publish: {operationId: sendSignup, description: Sent when a user signs up.}
        """)
public final class AsyncapiOperationDescriptionRule implements Rule {
  @Override
  public void check(RuleContext context) {
    for (AsyncOperations.Operation op : AsyncOperations.v2(context.root())) {
      if (!JsValues.truthy(op.node().value().get("description"))) {
        Reports.atMember(context, op.node(), "description", "Operation \"description\" must be present and non-empty string.");
      }
    }
  }
}
