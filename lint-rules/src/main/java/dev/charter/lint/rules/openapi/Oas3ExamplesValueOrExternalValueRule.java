package dev.charter.lint.rules.openapi;

import com.fasterxml.jackson.databind.JsonNode;
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
    id = "oas3-examples-value-or-externalValue",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Examples must have either \"value\" or \"externalValue\" field.",
    rationale = """
        An Example Object with neither shows nothing; with both, tools disagree on which one to show.
        """,
    bad = """
        examples:
          cat: {summary: A cat}
        """,
    good = """
        examples:
          cat: {summary: A cat, value: {name: Tom}}
        """,
    differences = """
        As in Spectral, examples under `paths` and in `components` are checked; those of webhooks are not.
        """)
public final class Oas3ExamplesValueOrExternalValueRule implements Rule {
  private static final Query EXAMPLES = Query.of("$.components.examples[*]", "$.paths[*][*]..content[*].examples[*]",
      "$.paths[*][*]..parameters[*].examples[*]", "$.components.parameters[*].examples[*]",
      "$.paths[*][*]..headers[*].examples[*]", "$.components.headers[*].examples[*]");

  @Override
  public void check(RuleContext context) {
    for (PathNode example : EXAMPLES.resolved(context)) {
      JsonNode v = example.value();
      if (v.isObject() && (v.has("value") == v.has("externalValue"))) {
        Reports.at(context, example, "Examples must have either \"value\" or \"externalValue\" field.");
      }
    }
  }
}
