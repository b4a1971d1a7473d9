package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;

@LintRule(
    id = "asyncapi-3-channel-servers",
    severity = Severity.ERROR,
    formats = {SpecFormat.ASYNCAPI3},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Channel servers must be defined in the \"servers\" object.",
    rationale = """
        In AsyncAPI 3 a channel lists its servers as references into the top-level `servers`; a reference elsewhere is not a server of this API.
        """,
    bad = """
        channels:
          users:
            servers: [{$ref: '#/components/servers/production'}]
        """,
    good = """
        channels:
          users:
            servers: [{$ref: '#/servers/production'}]
        """)
public final class Asyncapi3ChannelServersRule implements Rule {
  private static final java.util.regex.Pattern SERVERS = java.util.regex.Pattern.compile("#/servers/");

  @Override
  public void check(RuleContext context) {
    context.root().get("channels").ifPresent(channels -> {
      for (var e : channels.fields()) {
        e.getValue().get("servers").ifPresent(list -> {
          for (SpecNode s : list.elements()) {
            s.get("$ref").ifPresent(ref -> {
              if (ref.isText() && !SERVERS.matcher(ref.value().textValue()).find()) {
                context.report(ref, "Channel servers must be defined in the \"servers\" object.");
              }
            });
          }
        });
      }
    });
  }
}
