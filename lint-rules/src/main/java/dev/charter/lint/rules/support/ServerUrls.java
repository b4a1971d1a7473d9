package dev.charter.lint.rules.support;

import dev.charter.core.spec.SpecNode;
import dev.charter.lint.RuleContext;
import java.util.function.Predicate;

/** The {@code url} of each server in the document's top-level {@code servers}. */
public final class ServerUrls {
  private ServerUrls() {}

  /** Reports each top-level server URL (a string) that {@code bad} accepts, at the URL. */
  public static void root(RuleContext context, Predicate<SpecNode> bad, String message) {
    context.root().get("servers").map(SpecNode::resolved).ifPresent(servers -> {
      for (SpecNode s : servers.elements()) {
        s.resolved().get("url").map(SpecNode::resolved).ifPresent(url -> {
          if (url.isText() && bad.test(url)) {
            context.report(url, message);
          }
        });
      }
    });
  }
}
