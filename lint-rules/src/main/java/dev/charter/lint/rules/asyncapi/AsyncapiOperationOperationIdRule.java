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
    id = "asyncapi-operation-operationId",
    severity = Severity.ERROR,
    formats = {SpecFormat.ASYNCAPI2},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Operation must have \"operationId\".",
    rationale = """
        Code generators name methods after the operationId; without one each tool invents a name.
        """,
    bad = """
        publish: {description: Sent on signup}
        """,
    good = """
        publish: {operationId: sendSignup, description: Sent on signup}
        """)
public final class AsyncapiOperationOperationIdRule implements Rule {
  @Override
  public void check(RuleContext context) {
    for (AsyncOperations.Operation op : AsyncOperations.v2(context.root())) {
      if (!JsValues.truthy(op.node().value().get("operationId"))) {
        Reports.atMember(context, op.node(), "operationId", "Operation must have \"operationId\".");
      }
    }
  }
}
