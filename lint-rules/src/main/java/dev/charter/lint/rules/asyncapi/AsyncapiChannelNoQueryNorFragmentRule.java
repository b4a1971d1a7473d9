package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.ChannelAddresses;

@LintRule(
    id = "asyncapi-channel-no-query-nor-fragment",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI2},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Channel path must not include query (\"?\") or fragment (\"#\") delimiter.",
    rationale = """
        A channel is an address, not a URL with a query or fragment; brokers treat `?` and `#` literally or reject them (`#` is an MQTT wildcard).
        """,
    bad = """
        channels:
          'users?type=new': {}
        """,
    good = """
        channels:
          'users/new': {}
        """)
public final class AsyncapiChannelNoQueryNorFragmentRule implements Rule {
  @Override
  public void check(RuleContext context) {
    ChannelAddresses.keys(context, ChannelAddresses.QUERY_OR_FRAGMENT, "Channel path must not include query (\"?\") or fragment (\"#\") delimiter.");
  }
}
