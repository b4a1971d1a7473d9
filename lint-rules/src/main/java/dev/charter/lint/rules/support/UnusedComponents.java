package dev.charter.lint.rules.support;

import dev.charter.core.parse.JsonPointers;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.RuleContext;
import java.util.Map;

/** Reports the members of a map of reusable objects that no reference names. */
public final class UnusedComponents {
  private UnusedComponents() {}

  /** {@code location} is a pointer of the root file, such as {@code /components/schemas}. */
  public static void report(RuleContext context, String location, String message) {
    SpecNode map = context.document().node(context.document().root(), location).orElse(null);
    if (map == null || !map.isObject()) {
      return;
    }
    ReferenceTargets targets = ReferenceTargets.of(context);
    for (Map.Entry<String, SpecNode> e : map.fields()) {
      if (!targets.referenced(context.document().root(), JsonPointers.append(location, e.getKey()))) {
        context.report(e.getValue(), message);
      }
    }
  }
}
