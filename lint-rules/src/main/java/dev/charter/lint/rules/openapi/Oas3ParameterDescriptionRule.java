package dev.charter.lint.rules.openapi;

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
    id = "oas3-parameter-description",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    recommended = false,
    summary = "Parameter objects must have \"description\".",
    rationale = """
        A parameter's name rarely says enough: units, formats, defaults and effects belong in its description.
        """,
    bad = """
        - {name: limit, in: query, schema: {type: integer}}
        """,
    good = """
        - {name: limit, in: query, schema: {type: integer}, description: Most items to return (1-100).}
        """)
public final class Oas3ParameterDescriptionRule implements Rule {
  private static final Query PARAMETERS = Query.of("$.paths[*].parameters[?(@ && @.in)]",
      "$.paths[*][get,put,post,delete,options,head,patch,trace].parameters[?(@ && @.in)]",
      "$.components.parameters[?(@ && @.in)]");

  @Override
  public void check(RuleContext context) {
    for (PathNode p : PARAMETERS.resolved(context)) {
      if (!JsValues.truthy(p.value().get("description"))) {
        Reports.atMember(context, p, "description", "Parameter objects must have \"description\".");
      }
    }
  }
}
