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
    id = "asyncapi-schema-examples",
    severity = Severity.ERROR,
    formats = {SpecFormat.ASYNCAPI2},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Examples must be valid against their defined schema.",
    rationale = """
        An example that breaks its schema misleads everyone who copies it.
        """,
    bad = """
        schemas:
          Level: {type: integer, minimum: 1, examples: [0]}
        """,
    good = """
        schemas:
          Level: {type: integer, minimum: 1, examples: [1]}
        """,
    differences = """
        Values are validated as JSON Schema draft 7 (the AsyncAPI Schema Object's base), formats
        checked, patterns run safely. Unlike Spectral, string examples that break the schema are reported too.
        """)
public final class AsyncapiSchemaExamplesRule implements Rule {
  private static final Query SCHEMAS = Query.of("$.components.schemas.*.examples^", "$.components.parameters.*.schema.examples^", "$.channels.*.parameters.*.schema.examples^");

  @Override
  public void check(RuleContext context) {
    ExampleChecks.checkExamples(context, SCHEMAS.resolved(context));
  }
}
