package dev.charter.lint.rules.asyncapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.SpecificationVersion;
import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.examples.ExampleChecks;
import dev.charter.lint.examples.InstanceCheck;
import dev.charter.lint.jsonpath.PathNode;
import dev.charter.lint.rules.support.Query;
import dev.charter.lint.schema.JsonSchemas;

@LintRule(
    id = "asyncapi-payload",
    severity = Severity.ERROR,
    formats = {SpecFormat.ASYNCAPI2},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Payloads must be valid against AsyncAPI Schema object.",
    rationale = """
        A payload that is not a valid schema cannot be used to validate, document or generate anything:
          every tool reads it differently.
        """,
    bad = """
        payload:
          type: object
          properties: [name]
        """,
    good = """
        payload:
          type: object
          properties:
            name: {type: string}
        """,
    differences = """
        Checked against the JSON Schema draft 7 meta-schema, the base of the AsyncAPI Schema Object.
        """)
public final class AsyncapiPayloadRule implements Rule {
  private static final Query PAYLOADS = Query.of("$.components.messageTraits[?(@.schemaFormat === void 0)].payload",
      "$.components.messages[?(@.schemaFormat === void 0)].payload",
      "$.channels[*][publish,subscribe][?(@property === 'message' && @.schemaFormat === void 0)].payload");
  private static final JsonSchemas.Compiled META = JsonSchemas.compile(
      JsonNodeFactory.instance.objectNode().put("$ref", "http://json-schema.org/draft-07/schema#"),
      SpecificationVersion.DRAFT_7);

  @Override
  public void check(RuleContext context) {
    for (PathNode p : PAYLOADS.resolved(context)) {
      for (JsonSchemas.Problem problem : META.validate(p.value(), true)) {
        ExampleChecks.report(context, p, new InstanceCheck.Problem(problem.at(), problem.message()));
      }
    }
  }
}
