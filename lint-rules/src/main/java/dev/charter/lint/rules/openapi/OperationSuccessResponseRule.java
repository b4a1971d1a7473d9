package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.jsonpath.Js;
import dev.charter.lint.rules.support.PathOperations;

@LintRule(
    id = "operation-success-response",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Operation must have at least one \"2xx\" or \"3xx\" response.",
    rationale = """
        Every operation can succeed; a description without a success response leaves clients guessing
          what a successful call returns, and generated clients treat every answer as an error.
        """,
    bad = """
        responses:
          '400': {description: Bad request}
        """,
    good = """
        responses:
          '200': {description: OK}
          '400': {description: Bad request}
        """,
    differences = """
        Like Spectral, only operations under `paths` are checked (not webhooks or callbacks), and an
          operation without `responses` is left to the structural rules.
        """)
public final class OperationSuccessResponseRule implements Rule {
  @Override
  public void check(RuleContext context) {
    boolean oas3 = context.format() != SpecFormat.OAS2;
    for (PathOperations.Operation op : PathOperations.of(context.root())) {
      SpecNode responses = op.node().get("responses").map(SpecNode::resolved).orElse(null);
      if (responses == null || !responses.isObject()) {
        continue;
      }
      boolean success = false;
      for (var it = responses.value().fieldNames(); it.hasNext() && !success; ) {
        String code = it.next();
        double n = Js.stringToNumber(code);
        success = (oas3 && (code.equals("2XX") || code.equals("3XX"))) || (n >= 200 && n < 400);
      }
      if (!success) {
        context.report(responses, "Operation must have at least one \"2xx\" or \"3xx\" response.");
      }
    }
  }
}
