package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.StructuralFindings;

@LintRule(
    id = "asyncapi-schema",
    severity = Severity.ERROR,
    formats = {SpecFormat.ASYNCAPI2},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Validate structure of AsyncAPI specification.",
    rationale = """
        A document that breaks the official AsyncAPI JSON Schema of its version is not an AsyncAPI
          document: every tool reads it differently, or not at all. This is `charter validate` as a lint rule.
        """,
    bad = """
        asyncapi: 2.6.0
        info: {title: Users}
        channels: {}
        """,
    good = """
        asyncapi: 2.6.0
        info: {title: Users, version: 1.0.0}
        channels: {}
        """)
public final class AsyncapiSchemaRule implements Rule {
  @Override
  public void check(RuleContext context) {
    StructuralFindings.report(context, "asyncapi-schema");
  }
}
