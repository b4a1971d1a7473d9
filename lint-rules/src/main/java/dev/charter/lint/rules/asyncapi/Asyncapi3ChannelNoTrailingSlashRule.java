package dev.charter.lint.rules.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Severity;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.jsonpath.PathNode;
import dev.charter.lint.rules.support.Query;
import dev.charter.lint.rules.support.Reports;

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
  private static final Query CHANNELS = Query.of("$.channels.*");

  @Override
  public void check(RuleContext context) {
    for (PathNode channel : CHANNELS.resolved(context)) {
      JsonNode address = channel.value().get("address");
      if (address != null && address.isTextual()) {
        String key = address.textValue();
        if (key.length() > 1 && key.endsWith("/") && key.charAt(key.length() - 2) != (char) 10) {
          Reports.atMember(context, channel, "address", "Channel address must not end with slash.");
        }
      }
    }
  }
}
