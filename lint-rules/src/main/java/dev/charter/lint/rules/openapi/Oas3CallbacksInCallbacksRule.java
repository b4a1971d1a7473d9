package dev.charter.lint.rules.openapi;

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
    id = "oas3-callbacks-in-callbacks",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Callbacks should not be defined within a callback",
    rationale = """
        A callback describes a request the API makes; a callback inside it describes a conversation no tool can render or test.
        """,
    bad = """
        callbacks:
          onEvent:
            '{$request.body#/url}':
              post:
                callbacks: {nested: {}}
        """,
    good = """
        callbacks:
          onEvent:
            '{$request.body#/url}':
              post:
                responses: {'200': {description: OK}}
        """)
public final class Oas3CallbacksInCallbacksRule implements Rule {
  private static final Query NESTED = Query.of(
      "$.paths[*][get,put,post,delete,options,head,patch,trace].callbacks[*][*][*].callbacks");

  @Override
  public void check(RuleContext context) {
    for (PathNode n : NESTED.resolved(context)) {
      Reports.at(context, n, "Callbacks should not be defined within a callback");
    }
  }
}
