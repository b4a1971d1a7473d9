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

  /** Reports a license without a (non-empty) {@code url}, or none at all, at where the url belongs. */
  public static void requireLicenseUrl(RuleContext context) {
    SpecNode root = context.root();
    SpecNode info = root.get("info").map(SpecNode::resolved).orElse(null);
    SpecNode license = info == null ? null : info.get("license").map(SpecNode::resolved).orElse(null);
    if (license == null) {
      SpecNode at = info == null ? root : info;
      context.report(at.file(), at.pointer() + (info == null ? "/info" : "") + "/license/url", "License object must include \"url\".");
    } else if (!JsValues.truthy(license.value().get("url"))) {
      Reports.atMember(context, license, "url", "License object must include \"url\".");
    }
  }

  /** Reports each of the contact's {@code name}, {@code url} and {@code email} that is missing or empty, where it belongs. */
  public static void requireContactProperties(RuleContext context) {
    context.root().get("info").map(SpecNode::resolved).flatMap(i -> i.get("contact")).map(SpecNode::resolved)
        .ifPresent(contact -> {
          for (String member : new String[] {"name", "url", "email"}) {
            if (!JsValues.truthy(contact.value().get(member))) {
              Reports.atMember(context, contact, member, "Contact object must have \"name\", \"url\" and \"email\".");
            }
          }
        });
  }
}
