package dev.charter.lint.rules.support;

import dev.charter.core.spec.SpecNode;
import dev.charter.lint.RuleContext;
import java.util.Optional;

/** Checks on members of {@code info}, shared by the OpenAPI and AsyncAPI rules that require them. */
public final class InfoMembers {
  private InfoMembers() {}

  /** Reports when {@code info.<member>} is missing or falsy: at {@code info}, or at the root without one. */
  public static void requireTruthy(RuleContext context, String member, String message) {
    SpecNode root = context.root();
    Optional<SpecNode> info = root.get("info").map(SpecNode::resolved);
    if (info.isEmpty() || !info.get().isObject()) {
      if (info.isEmpty() || !JsValues.truthy(info.get().value())) {
        context.report(root.file(), "/info/" + member, message);
      }
      return;
    }
    SpecNode i = info.get();
    if (!JsValues.truthy(i.value().get(member))) {
      context.report(i.file(), i.pointer() + "/" + member, message);
    }
  }
}
