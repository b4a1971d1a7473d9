package dev.charter.lint.rules.asyncapi;

import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.rules.support.Reports;

@LintRule(
    id = "asyncapi-servers",
    severity = Severity.WARN,
    formats = {SpecFormat.ASYNCAPI2, SpecFormat.ASYNCAPI3},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "AsyncAPI object must have non-empty \"servers\" object.",
    rationale = """
        Without servers, consumers do not know which broker to connect to.
        """,
    bad = """
        asyncapi: 2.6.0
        info: {title: Users, version: 1.0.0}
        """,
    good = """
        asyncapi: 2.6.0
        info: {title: Users, version: 1.0.0}
        servers:
          production: {url: broker.example.org, protocol: mqtt}
        """)
public final class AsyncapiServersRule implements Rule {
  @Override
  public void check(RuleContext context) {
    SpecNode root = context.root();
    SpecNode servers = root.get("servers").map(SpecNode::resolved).orElse(null);
    if (servers == null) {
      Reports.atMember(context, root, "servers", "AsyncAPI object must have non-empty \"servers\" object.");
    } else if (!servers.isObject() || servers.value().isEmpty()) {
      context.report(servers, "AsyncAPI object must have non-empty \"servers\" object.");
    }
  }
}
