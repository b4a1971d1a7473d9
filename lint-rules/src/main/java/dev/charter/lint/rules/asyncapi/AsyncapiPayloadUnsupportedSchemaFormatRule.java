package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.jsonpath.PathNode;
import dev.charter.lint.rules.support.Query;
import dev.charter.lint.rules.support.Reports;

@LintRule(
    id = "asyncapi-payload-unsupported-schemaFormat",
    severity = Severity.INFO,
    formats = {SpecFormat.ASYNCAPI2},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Message schema validation is only supported with default unspecified \"schemaFormat\".",
    rationale = """
        Payloads in another schema format (Avro, RAML, Protobuf) are not validated, and their examples are not checked.
        """,
    bad = """
        message:
          schemaFormat: application/vnd.apache.avro;version=1.9.0
          payload: {type: record}
        """,
    good = """
        message:
          payload: {type: object}
        """)
public final class AsyncapiPayloadUnsupportedSchemaFormatRule implements Rule {
  private static final Query MESSAGES = Query.of("$.components.messageTraits.*", "$.components.messages.*",
      "$.channels[*][publish,subscribe].message");

  @Override
  public void check(RuleContext context) {
    for (PathNode m : MESSAGES.resolved(context)) {
      if (m.value().isObject() && m.value().has("schemaFormat")) {
        Reports.atMember(context, m, "schemaFormat", "Message schema validation is only supported with default unspecified \"schemaFormat\".");
      }
    }
  }
}
