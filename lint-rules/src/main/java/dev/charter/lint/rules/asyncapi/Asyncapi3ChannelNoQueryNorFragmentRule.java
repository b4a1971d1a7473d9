package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.ChannelAddresses;

@LintRule(
    id = "asyncapi-3-channel-no-query-nor-fragment",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI3},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Channel address must not include query (\"?\") or fragment (\"#\") delimiter.",
    rationale = """
        A channel address is not a URL with a query or fragment; brokers treat `?` and `#` literally or reject them (`#` is an MQTT wildcard).
        """,
    bad = """
        channels:
          users: {address: 'users?type=new'}
        """,
    good = """
        channels:
          users: {address: 'users/new'}
        """)
public final class Asyncapi3ChannelNoQueryNorFragmentRule implements Rule {
  @Override
  public void check(RuleContext context) {
    ChannelAddresses.addresses(context, ChannelAddresses.QUERY_OR_FRAGMENT, "Channel address must not include query (\"?\") or fragment (\"#\") delimiter.");
  }
}
