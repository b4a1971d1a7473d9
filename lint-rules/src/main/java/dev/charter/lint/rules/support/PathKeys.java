package dev.charter.lint.rules.support;

import dev.charter.core.spec.SpecNode;
import dev.charter.lint.RuleContext;
import java.util.Map;
import java.util.function.BiConsumer;

/** The keys of {@code paths}, each with its member as written (so a finding shows at the key). */
public final class PathKeys {
  private PathKeys() {}

  public static void each(RuleContext context, BiConsumer<String, SpecNode> action) {
    context.root().get("paths").map(SpecNode::resolved).ifPresent(paths -> {
      for (Map.Entry<String, SpecNode> p : paths.fields()) {
        action.accept(p.getKey(), p.getValue());
      }
    });
  }
}
