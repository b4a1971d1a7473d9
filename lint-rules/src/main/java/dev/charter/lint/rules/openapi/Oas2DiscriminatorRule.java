package dev.charter.lint.rules.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.JsValues;
import dev.charter.lint.rules.support.Reports;

@LintRule(
    id = "oas2-discriminator",
    severity = Severity.ERROR,
    formats = {SpecFormat.OAS2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "discriminator property must be defined and required",
    rationale = """
        In Swagger 2.0 the discriminator names a property of the schema whose value selects the subtype;
          it must be declared and required, or there is nothing to select by.
        """,
    bad = """
        Pet:
          discriminator: petType
          properties: {name: {type: string}}
        """,
    good = """
        Pet:
          discriminator: petType
          required: [petType]
          properties: {petType: {type: string}, name: {type: string}}
        """)
public final class Oas2DiscriminatorRule implements Rule {
  @Override
  public void check(RuleContext context) {
    context.root().get("definitions").map(SpecNode::resolved).ifPresent(defs -> {
      for (var e : defs.fields()) {
        SpecNode schema = e.getValue().resolved();
        JsonNode d = schema.value().get("discriminator");
        if (!JsValues.truthy(d) || !d.isTextual()) {
          continue;
        }
        String name = d.textValue();
        JsonNode props = schema.value().get("properties");
        if (!JsValues.isObjectLike(props) || !props.has(name)) {
          Reports.atMember(context, schema, "properties", "The discriminator property must be defined in this schema.");
        }
        JsonNode required = schema.value().get("required");
        boolean listed = false;
        if (required != null && required.isArray()) {
          for (JsonNode r : required) {
            listed |= r.isTextual() && r.textValue().equals(name);
          }
        }
        if (!listed) {
          Reports.atMember(context, schema, "required", "The discriminator property must be in the required property list.");
        }
      }
    });
  }
}
