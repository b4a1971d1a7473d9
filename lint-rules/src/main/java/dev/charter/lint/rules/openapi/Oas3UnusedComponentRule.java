package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.UnusedComponents;

@LintRule(
    id = "oas3-unused-component",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Potentially unused component has been detected.",
    rationale = """
        A component nothing references is dead weight, or a sign that a reference points at the wrong name.
        """,
    bad = """
        components:
          schemas:
            Pet: {type: object}
            OldPet: {type: object}
        """,
    good = """
        components:
          schemas:
            Pet: {type: object}
        """,
    differences = """
        As in Spectral, security schemes and path items are not checked (security schemes are named, not
          referenced), and a schema referenced only from inside itself counts as unused.
        """)
public final class Oas3UnusedComponentRule implements Rule {
  private static final String[] TYPES = {"schemas", "responses", "parameters", "examples", "requestBodies", "headers", "links", "callbacks"};

  @Override
  public void check(RuleContext context) {
    for (String type : TYPES) {
      UnusedComponents.report(context, "/components/" + type, "Potentially unused component has been detected.");
    }
  }
}
