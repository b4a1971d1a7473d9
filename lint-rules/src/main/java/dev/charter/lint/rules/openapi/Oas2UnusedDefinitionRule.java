package dev.charter.lint.rules.openapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.UnusedComponents;

@LintRule(
    id = "oas2-unused-definition",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2},
    family = RuleFamily.SPECTRAL_OAS,
    summary = "Potentially unused definition has been detected.",
    rationale = """
        A definition nothing references is dead weight, or a sign that a reference points at the wrong name.
        """,
    bad = """
        definitions:
          Pet: {type: object}
          OldPet: {type: object}
        """,
    good = """
        definitions:
          Pet: {type: object}
        """)
public final class Oas2UnusedDefinitionRule implements Rule {
  @Override
  public void check(RuleContext context) {
    UnusedComponents.report(context, "/definitions", "Potentially unused definition has been detected.");
  }
}
