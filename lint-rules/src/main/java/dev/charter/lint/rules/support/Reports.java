package dev.charter.lint.rules.support;

import dev.charter.core.parse.JsonPointers;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.RuleContext;
import dev.charter.lint.jsonpath.PathNode;

/** Reporting at members that may not exist: a finding about a missing member shows at its closest existing ancestor. */
public final class Reports {
  private Reports() {}

  public static void at(RuleContext context, PathNode node, String message) {
    context.report(node.file(), node.pointer(), message);
  }

  public static void atMember(RuleContext context, PathNode node, String member, String message) {
    context.report(node.file(), JsonPointers.append(node.pointer(), member), message);
  }

  public static void atMember(RuleContext context, SpecNode node, String member, String message) {
    context.report(node.file(), JsonPointers.append(node.pointer(), member), message);
  }
}
