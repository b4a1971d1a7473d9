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
    id = "idempotency-key-header",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.INTEGRATION,
    summary = "Unsafe, non-idempotent operations (POST, PATCH) must accept an Idempotency-Key header, when the API uses one.",
    rationale = """
        Retrying a POST that timed out may charge a card twice. An idempotency key lets the server
          recognise the retry. With `required: true` every POST and PATCH must accept the header; otherwise
          the rule asks for consistency: once some operations accept it, the others of those methods must too.
        """,
    bad = """
        post:
          operationId: createPayment
        """,
    good = """
        post:
          operationId: createPayment
          parameters:
            - {name: Idempotency-Key, in: header, schema: {type: string, maxLength: 64}}
        """,
    options = {
        @RuleOption(name = "required", type = RuleOption.Type.BOOLEAN, description = "Every operation of the listed methods must accept the header.", defaultValue = "false"),
        @RuleOption(name = "header", type = RuleOption.Type.STRING, description = "The header name.", defaultValue = "\"Idempotency-Key\""),
        @RuleOption(name = "methods", type = RuleOption.Type.STRING_LIST, description = "The methods that must accept it.", defaultValue = "[\"POST\", \"PATCH\"]")})
public final class IdempotencyKeyHeaderRule implements Rule {
  @Override
  public void check(RuleContext context) {
    String header = context.stringOption("header");
    java.util.Set<String> methods = new java.util.HashSet<>();
    context.stringListOption("methods").forEach(m -> methods.add(m.toUpperCase(java.util.Locale.ROOT)));
    java.util.List<HttpOperation> candidates = context.openApi().operations().stream()
        .filter(o -> methods.contains(o.method().name())).toList();
    java.util.List<HttpOperation> without = candidates.stream()
        .filter(o -> o.parameters("header").stream().noneMatch(p -> p.name().equalsIgnoreCase(header))).toList();
    boolean required = context.booleanOption("required");
    if (!required && without.size() == candidates.size()) {
      return;
    }
    for (HttpOperation op : without) {
      context.report(op.node(), op.display() + " must accept the " + header + " header"
          + (required ? "." : ", as other operations of the API do."));
    }
  }
}
