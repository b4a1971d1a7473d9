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
    id = "asyncapi-3-payload-unsupported-schemaFormat",
    severity = Severity.INFO,
    formats = {SpecFormat.ASYNCAPI3},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Message schema validation is only supported with default unspecified \"schemaFormat\".",
    rationale = """
        Payloads in another schema format (Avro, RAML, Protobuf) are not validated, and their examples are not checked.
        """,
    bad = """
        payload:
          schemaFormat: application/vnd.apache.avro;version=1.9.0
          schema: {type: record}
        """,
    good = """
        payload: {type: object}
        """)
public final class Asyncapi3PayloadUnsupportedSchemaFormatRule implements Rule {
  private static final Query PAYLOADS = Query.of("$.components.messages.*.payload", "$.channels.*.messages.*.payload");

  @Override
  public void check(RuleContext context) {
    for (PathNode p : PAYLOADS.resolved(context)) {
      if (p.value().isObject() && p.value().has("schemaFormat")) {
        Reports.atMember(context, p, "schemaFormat", "Message schema validation is only supported with default unspecified \"schemaFormat\".");
      }
    }
  }
}
