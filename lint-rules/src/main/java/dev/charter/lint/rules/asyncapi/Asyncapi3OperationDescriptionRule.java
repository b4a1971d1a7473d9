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
    id = "asyncapi-3-operation-description",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI3},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Operation \"description\" must be present and non-empty string.",
    rationale = """
        The description is where an operation's purpose, timing and side effects are explained.
        """,
    bad = """
        operations:
          sendSignup: {action: send, channel: {$ref: '#/channels/signup'}}
        """,
    good = """
        operations:
          sendSignup:
            action: send
            channel: {$ref: '#/channels/signup'}
            description: Sent when a user signs up.
        """)
public final class Asyncapi3OperationDescriptionRule implements Rule {
  private static final Query OPERATIONS = Query.of("$.operations.*");

  @Override
  public void check(RuleContext context) {
    for (PathNode op : OPERATIONS.resolved(context)) {
      if (!JsValues.truthy(op.value().get("description"))) {
        Reports.atMember(context, op, "description", "Operation \"description\" must be present and non-empty string.");
      }
    }
  }
}
