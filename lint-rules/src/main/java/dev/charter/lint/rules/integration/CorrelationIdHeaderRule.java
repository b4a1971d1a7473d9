package dev.charter.lint.rules.integration;

import dev.charter.core.diag.Severity;
import dev.charter.core.model.HttpOperation;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.RuleOption;
import dev.charter.lint.SpecFormat;

@LintRule(
    id = "correlation-id-header",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.INTEGRATION,
    summary = "Every operation must accept or return a correlation id header (X-Request-ID, traceparent, …).",
    rationale = """
        A correlation id ties a client's request to the server's logs and to the requests it makes in
          turn; without one, a failure across systems cannot be traced.
        """,
    bad = """
        get:
          operationId: getPet
        """,
    good = """
        get:
          operationId: getPet
          parameters:
            - {name: X-Request-ID, in: header, schema: {type: string, format: uuid}}
        """,
    options = {
        @RuleOption(name = "headers", type = RuleOption.Type.STRING_LIST, description = "Header names that carry a correlation id.", defaultValue = "[\"X-Correlation-ID\", \"X-Request-ID\", \"Correlation-ID\", \"Request-ID\", \"traceparent\"]")})
public final class CorrelationIdHeaderRule implements Rule {
  @Override
  public void check(RuleContext context) {
    java.util.Set<String> names = new java.util.HashSet<>();
    context.stringListOption("headers").forEach(h -> names.add(h.toLowerCase(java.util.Locale.ROOT)));
    for (HttpOperation op : context.openApi().operations()) {
      boolean accepted = op.parameters("header").stream().anyMatch(p -> names.contains(p.name().toLowerCase(java.util.Locale.ROOT)));
      boolean returned = op.responses().stream().flatMap(r -> r.headers().stream())
          .anyMatch(h -> names.contains(h.name().toLowerCase(java.util.Locale.ROOT)));
      if (!accepted && !returned) {
        context.report(op.node(), op.display() + " neither accepts nor returns a correlation id header (" + String.join(", ",
            context.stringListOption("headers")) + ").");
      }
    }
  }
}
