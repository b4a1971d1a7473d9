package dev.charter.lint.rules.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;

@LintRule(
    id = "asyncapi-channel-servers",
    severity = Severity.ERROR,
    formats = {SpecFormat.ASYNCAPI2},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Channel servers must be defined in the \"servers\" object.",
    rationale = """
        A channel restricted to a server that does not exist is available nowhere.
        """,
    bad = """
        servers: {production: {url: broker.example.org, protocol: mqtt}}
        channels:
          users: {servers: [staging]}
        """,
    good = """
        servers: {production: {url: broker.example.org, protocol: mqtt}}
        channels:
          users: {servers: [production]}
        """)
public final class AsyncapiChannelServersRule implements Rule {
  @Override
  public void check(RuleContext context) {
    SpecNode root = context.root();
    SpecNode channels = root.get("channels").map(SpecNode::resolved).orElse(null);
    if (channels == null || !channels.isObject()) {
      return;
    }
    java.util.Set<String> servers = new java.util.HashSet<>();
    root.get("servers").map(SpecNode::resolved).ifPresent(s -> s.value().fieldNames().forEachRemaining(servers::add));
    java.util.List<SpecNode> lists = new java.util.ArrayList<>();
    for (var e : channels.fields()) {
      SpecNode channel = e.getValue().resolved();
      SpecNode list = channel.get("servers").map(SpecNode::resolved).orElse(null);
      if (list == null) {
        continue;
      }
      if (!channel.isObject() || !list.isArray()) {
        return;
      }
      for (JsonNode s : list.value()) {
        if (!s.isTextual()) {
          return;
        }
      }
      lists.add(list);
    }
    for (SpecNode list : lists) {
      for (SpecNode s : list.elements()) {
        if (!servers.contains(s.value().textValue())) {
          context.report(s, "Channel contains server that are not defined on the \"servers\" object.");
        }
      }
    }
  }
}
