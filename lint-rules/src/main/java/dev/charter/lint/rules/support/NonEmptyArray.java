package dev.charter.lint.rules.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.RuleContext;

/** The check Spectral writes as the schema {@code {type: array, minItems: 1}} on one member. */
public final class NonEmptyArray {
  private NonEmptyArray() {}

  /** Which JSON type every item must have, if any. */
  public enum Items {
    ANY,
    STRING,
    OBJECT
  }

  public static void require(RuleContext context, SpecNode parent, String member, String message) {
    require(context, parent, member, Items.ANY, message);
  }

  /**
   * Reports once: at {@code parent} when the member is missing, else at the member when it is not an
   * array or is empty, else at the first item of the wrong type.
   */
  public static void require(RuleContext context, SpecNode parent, String member, Items items, String message) {
    SpecNode p = parent.resolved();
    SpecNode value = p.get(member).map(SpecNode::resolved).orElse(null);
    if (value == null) {
      Reports.atMember(context, p, member, message);
      return;
    }
    JsonNode v = value.value();
    if (!v.isArray() || v.isEmpty()) {
      context.report(value, message);
      return;
    }
    if (items == Items.ANY) {
      return;
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode item = v.get(i);
      boolean ok = items == Items.STRING ? item.isTextual() : item.isObject();
      if (!ok) {
        context.report(value.file(), value.pointer() + "/" + i, message);
        return;
      }
    }
  }
}
