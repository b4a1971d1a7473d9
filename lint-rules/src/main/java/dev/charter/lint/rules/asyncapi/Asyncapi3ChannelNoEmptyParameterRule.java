package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.ChannelAddresses;

@LintRule(
    id = "asyncapi-3-channel-no-empty-parameter",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI3},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Channel address must not have empty parameter substitution pattern.",
    rationale = """
        An empty `{}` in a channel address names no parameter, so nothing can fill it.
        """,
    bad = """
        channels:
          signup: {address: 'users/{}/signup'}
        """,
    good = """
        channels:
          signup: {address: 'users/{userId}/signup'}
        """)
public final class Asyncapi3ChannelNoEmptyParameterRule implements Rule {
  @Override
  public void check(RuleContext context) {
    ChannelAddresses.addresses(context, ChannelAddresses.EMPTY_PARAMETER, "Channel address must not have empty parameter substitution pattern.");
  }
}
