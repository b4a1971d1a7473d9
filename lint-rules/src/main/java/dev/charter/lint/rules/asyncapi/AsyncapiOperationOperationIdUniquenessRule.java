package dev.charter.lint.rules.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.AsyncOperations;

@LintRule(
    id = "asyncapi-operation-operationId-uniqueness",
    severity = Severity.ERROR,
    formats = {SpecFormat.ASYNCAPI2},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "\"operationId\" must be unique across all the operations.",
    rationale = """
        Code generators name methods after the operationId; two operations with one id produce clashing methods.
        """,
    bad = """
        channels:
          a: {publish: {operationId: send}}
          b: {publish: {operationId: send}}
        """,
    good = """
        channels:
          a: {publish: {operationId: sendSignup}}
          b: {publish: {operationId: sendLogin}}
        """)
public final class AsyncapiOperationOperationIdUniquenessRule implements Rule {
  @Override
  public void check(RuleContext context) {
    java.util.Map<String, JsonNode> seen = new java.util.HashMap<>();
    for (AsyncOperations.Operation op : AsyncOperations.v2(context.root())) {
      SpecNode id = AsyncOperations.idOf(op.node(), "operationId");
      if (id == null) {
        continue;
      }
      JsonNode first = seen.putIfAbsent(id.value().textValue(), op.node().value());
      if (first != null && first != op.node().value()) {
        context.report(id, "\"operationId\" must be unique across all the operations.");
      }
    }
  }
}
