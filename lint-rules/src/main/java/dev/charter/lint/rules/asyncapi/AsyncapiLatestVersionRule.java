package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;

@LintRule(
    id = "asyncapi-latest-version",
    severity = Severity.INFO,
    formats = {SpecFormat.ASYNCAPI2, SpecFormat.ASYNCAPI3},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Checking if the AsyncAPI document is using the latest version.",
    rationale = """
        Newer AsyncAPI versions fix ambiguities and add features; tools focus on the latest version.
        """,
    bad = """
        asyncapi: 2.6.0
        """,
    good = """
        asyncapi: 3.1.0
        """)
public final class AsyncapiLatestVersionRule implements Rule {
  /** The newest AsyncAPI version, as Spectral's rulesets 1.23 know it. */
  static final String LATEST = "3.1.0";

  @Override
  public void check(RuleContext context) {
    context.root().get("asyncapi").ifPresent(v -> {
      if (!(v.isText() && v.value().textValue().equals(LATEST))) {
        context.report(v, "The latest version is not used. You should update to the \"" + LATEST + "\" version.");
      }
    });
  }
}
