package dev.charter.lint.rules.common;

import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.PathOperations;

@LintRule(
    id = "operation-4xx-response",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.CHARTER,
    summary = "Every operation must describe at least one 4xx response.",
    rationale = """
        Requests fail: bad input, missing authentication, missing resources. An operation that documents
          no client error leaves consumers without the shape of the error body and the codes to handle.
        """,
    bad = """
        responses:
          '200': {description: OK}
        """,
    good = """
        responses:
          '200': {description: OK}
          '404': {description: No such pet}
        """,
    differences = """
        Like Redocly, a `default` response does not count: it says nothing about which errors occur.
        """)
public final class Operation4xxResponseRule implements Rule {
  @Override
  public void check(RuleContext context) {
    for (PathOperations.Operation op : PathOperations.of(context.root())) {
      SpecNode responses = op.node().get("responses").map(SpecNode::resolved).orElse(null);
      if (responses == null || !responses.isObject()) {
        continue;
      }
      boolean any = false;
      for (var it = responses.value().fieldNames(); it.hasNext(); ) {
        String code = it.next();
        any |= code.length() == 3 && code.charAt(0) == '4';
      }
      if (!any) {
        context.report(responses, "Operation must describe at least one 4xx response.");
      }
    }
  }
}
