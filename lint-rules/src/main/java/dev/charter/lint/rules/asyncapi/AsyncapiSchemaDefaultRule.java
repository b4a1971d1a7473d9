package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.examples.ExampleChecks;
import dev.charter.lint.rules.support.Query;

@LintRule(
    id = "asyncapi-schema-default",
    severity = Severity.ERROR,
    formats = {SpecFormat.ASYNCAPI2},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Default must be valid against its defined schema.",
    rationale = """
        A default that is not a valid value is applied by consumers anyway.
        """,
    bad = """
        schemas:
          Level: {type: integer, minimum: 1, default: 0}
        """,
    good = """
        schemas:
          Level: {type: integer, minimum: 1, default: 1}
        """,
    differences = """
        Values are validated as JSON Schema draft 7 (the AsyncAPI Schema Object's base), formats
        checked, patterns run safely. Unlike Spectral, string examples that break the schema are reported too.
        """)
public final class AsyncapiSchemaDefaultRule implements Rule {
  private static final Query SCHEMAS = Query.of("$.components.schemas.*.default^", "$.components.parameters.*.schema.default^", "$.channels.*.parameters.*.schema.default^");

  @Override
  public void check(RuleContext context) {
    ExampleChecks.checkDefaults(context, SCHEMAS.resolved(context));
  }
}
