package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.jsonpath.PathNode;
import dev.charter.lint.rules.support.JsValues;
import dev.charter.lint.rules.support.Query;
import dev.charter.lint.rules.support.Reports;

@LintRule(
    id = "asyncapi-parameter-description",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI2, SpecFormat.ASYNCAPI3},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    recommended = false,
    summary = "Parameter objects must have \"description\".",
    rationale = """
        A parameter's name rarely says enough: formats, allowed values and meaning belong in its description.
        """,
    bad = """
        parameters:
          userId: {schema: {type: string}}
        """,
    good = """
        parameters:
          userId: {description: Id of the user., schema: {type: string}}
        """)
public final class AsyncapiParameterDescriptionRule implements Rule {
  private static final Query PARAMETERS = Query.of("$.components.parameters.*", "$.channels.*.parameters.*");

  @Override
  public void check(RuleContext context) {
    for (PathNode p : PARAMETERS.resolved(context)) {
      if (!JsValues.truthy(p.value().get("description"))) {
        Reports.atMember(context, p, "description", "Parameter objects must have \"description\".");
      }
    }
  }
}
