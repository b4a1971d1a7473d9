package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.ChannelAddresses;

@LintRule(
    id = "asyncapi-channel-no-trailing-slash",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI2},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Channel path must not end with slash.",
    rationale = """
        A trailing slash makes a different topic on most brokers: `users/` and `users` are not the same channel.
        """,
    bad = """
        channels:
          'users/': {}
        """,
    good = """
        channels:
          'users': {}
        """)
public final class AsyncapiChannelNoTrailingSlashRule implements Rule {
  @Override
  public void check(RuleContext context) {
    ChannelAddresses.keys(context, ChannelAddresses.TRAILING_SLASH, "Channel path must not end with slash.");
  }
}
