package dev.charter.lint.rules.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.lint.RuleContext;
import dev.charter.lint.walk.Visit;

/** The {@code description} and {@code title} members of any object, where Markdown is written. */
public final class MarkdownMembers {
  private MarkdownMembers() {}

  /** Reports each {@code description} or {@code title} string of {@code node} that contains {@code needle}. */
  public static void check(Visit node, RuleContext context, String needle, String message) {
    if (!node.isObject()) {
      return;
    }
    check(node, context, "description", needle, message);
    check(node, context, "title", needle, message);
  }

  private static void check(Visit node, RuleContext context, String member, String needle, String message) {
    JsonNode v = node.get(member);
    if (v != null && v.isTextual() && v.textValue().contains(needle)) {
      context.report(node.file(), node.pointer(member), message);
    }
  }
}
