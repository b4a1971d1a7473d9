package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.ChannelAddresses;

@LintRule(
    id = "asyncapi-channel-no-empty-parameter",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI2},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Channel path must not have empty parameter substitution pattern.",
    rationale = """
        An empty `{}` in a channel name names no parameter, so nothing can fill it.
        """,
    bad = """
        channels:
          'users/{}/signup': {}
        """,
    good = """
        channels:
          'users/{userId}/signup': {}
        """)
public final class AsyncapiChannelNoEmptyParameterRule implements Rule {
  @Override
  public void check(RuleContext context) {
    ChannelAddresses.keys(context, ChannelAddresses.EMPTY_PARAMETER, "Channel path must not have empty parameter substitution pattern.");
  }
}
