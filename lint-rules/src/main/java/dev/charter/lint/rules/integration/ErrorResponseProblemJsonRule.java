package dev.charter.lint.rules.integration;

import dev.charter.core.diag.Severity;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.model.Response;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.RuleOption;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.ProblemDetails;

@LintRule(
    id = "error-response-problem-json",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.INTEGRATION,
    summary = "Error responses (4xx, 5xx, default) with a body must use the standard problem format (RFC 9457, application/problem+json).",
    rationale = """
        One error format across operations and APIs lets clients handle every error with the same code:
          `type` identifies the problem, `title` and `detail` explain it, `status` repeats the code. RFC 9457
          (formerly 7807) defines it as `application/problem+json`.
        """,
    bad = """
        '404':
          description: Not found
          content:
            application/json:
              schema: {type: object, properties: {message: {type: string}}}
        """,
    good = """
        '404':
          description: Not found
          content:
            application/problem+json:
              schema: {$ref: '#/components/schemas/Problem'}
        """,
    options = {
        @RuleOption(name = "requireBody", type = RuleOption.Type.BOOLEAN, description = "Also report error responses that have no body at all.", defaultValue = "false")})
public final class ErrorResponseProblemJsonRule implements Rule {
  @Override
  public void check(RuleContext context) {
    boolean requireBody = context.booleanOption("requireBody");
    for (HttpOperation op : context.openApi().operations()) {
      for (Response r : op.responses()) {
        int c = r.statusClass();
        if (!(c == 4 || c == 5 || r.isDefault())) {
          continue;
        }
        if (r.content().isEmpty()) {
          if (requireBody) {
            context.report(r.node(), "Error response " + r.status() + " of " + op.display() + " has no body; describe it as application/problem+json.");
          }
          continue;
        }
        boolean problem = r.content().stream().anyMatch(m -> ProblemDetails.mediaType(m.mediaType())
            || m.schema().map(ProblemDetails::shaped).orElse(false));
        if (!problem) {
          context.report(r.node(), "Error response " + r.status() + " of " + op.display()
              + " is not a problem document (application/problem+json with type, title, status, detail).");
        }
      }
    }
  }
}
