package dev.charter.lint.rules.support;

import dev.charter.lint.RuleContext;
import dev.charter.lint.jsonpath.PathNode;
import java.util.function.Predicate;

/** Rules that look at strings a query selects (server URLs, channel addresses) and refuse some. */
public final class StringValues {
  private StringValues() {}

  /** Reports each string {@code query} selects (references followed) that {@code bad} accepts, at the string. */
  public static void report(RuleContext context, Query query, Predicate<String> bad, String message) {
    for (PathNode node : query.resolved(context)) {
      if (node.value().isTextual() && bad.test(node.value().textValue())) {
        Reports.at(context, node, message);
      }
    }
  }
}
