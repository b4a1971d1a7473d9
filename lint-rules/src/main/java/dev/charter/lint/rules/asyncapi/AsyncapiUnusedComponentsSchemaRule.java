package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.UnusedComponents;

@LintRule(
    id = "asyncapi-unused-components-schema",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI2, SpecFormat.ASYNCAPI3},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Potentially unused components schema has been detected.",
    rationale = """
        A schema nothing references is dead weight, or a sign that a reference points at the wrong name.
        """,
    bad = """
        components:
          schemas:
            User: {type: object}
            OldUser: {type: object}
        """,
    good = """
        components:
          schemas:
            User: {type: object}
        """)
public final class AsyncapiUnusedComponentsSchemaRule implements Rule {
  @Override
  public void check(RuleContext context) {
    UnusedComponents.report(context, "/components/schemas", "Potentially unused components schema has been detected.");
  }
}
