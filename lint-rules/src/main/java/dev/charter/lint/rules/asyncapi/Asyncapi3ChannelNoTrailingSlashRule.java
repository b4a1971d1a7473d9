package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.ChannelAddresses;

@LintRule(
    id = "asyncapi-3-channel-no-trailing-slash",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI3},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Channel address must not end with slash.",
    rationale = """
        A trailing slash makes a different topic on most brokers: `users/` and `users` are not the same channel.
        """,
    bad = """
        channels:
          users: {address: 'users/'}
        """,
    good = """
        channels:
          users: {address: 'users'}
        """)
public final class Asyncapi3ChannelNoTrailingSlashRule implements Rule {
  @Override
  public void check(RuleContext context) {
    ChannelAddresses.addresses(context, ChannelAddresses.TRAILING_SLASH, "Channel address must not end with slash.");
  }
}
