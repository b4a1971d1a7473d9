package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.HeadersSchemas;
import dev.charter.lint.rules.support.Query;

@LintRule(
    id = "asyncapi-headers-schema-type-object",
    severity = Severity.ERROR,
    formats = {SpecFormat.ASYNCAPI2},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Headers schema type must be \"object\".",
    rationale = """
        Message headers are a map of names to values; a schema of any other type describes headers no protocol can carry.
        """,
    bad = """
        message:
          headers: {type: string}
        """,
    good = """
        message:
          headers:
            type: object
            properties: {correlationId: {type: string}}
        """)
public final class AsyncapiHeadersSchemaTypeObjectRule implements Rule {
  private static final Query HEADERS = Query.of("$.components.messageTraits.*.headers", "$.components.messages.*.headers", "$.channels.*.[publish,subscribe].message.headers", "$.channels.*.[publish,subscribe].message.traits[*].headers");

  @Override
  public void check(RuleContext context) {
    HeadersSchemas.requireObject(context, HEADERS);
  }
}
