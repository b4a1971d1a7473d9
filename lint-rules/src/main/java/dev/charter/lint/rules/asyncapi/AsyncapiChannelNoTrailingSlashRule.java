package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;

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
    context.root().get("channels").map(SpecNode::resolved).ifPresent(channels -> {
      for (var e : channels.fields()) {
        String key = e.getKey();
        if (key.length() > 1 && key.endsWith("/") && key.charAt(key.length() - 2) != (char) 10) {
          context.report(e.getValue(), "Channel path must not end with slash.");
        }
      }
    });
  }
}
