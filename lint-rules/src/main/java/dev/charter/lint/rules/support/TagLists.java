package dev.charter.lint.rules.support;

import dev.charter.core.spec.SpecNode;
import dev.charter.lint.RuleContext;
import java.util.Optional;
import java.util.function.Consumer;

/** The Tag Objects of a {@code tags} list, references followed. */
public final class TagLists {
  private TagLists() {}

  public static void eachTag(Optional<SpecNode> tags, Consumer<SpecNode> action) {
    tags.map(SpecNode::resolved).filter(SpecNode::isArray).ifPresent(list -> {
      for (SpecNode t : list.elements()) {
        action.accept(t.resolved());
      }
    });
  }

  /** Reports each Tag Object of {@code tags} without a (non-empty) description, at its description. */
  public static void requireDescription(RuleContext context, Optional<SpecNode> tags) {
    eachTag(tags, tag -> {
      if (!JsValues.truthy(tag.value().get("description"))) {
        Reports.atMember(context, tag, "description", "Tag object must have \"description\".");
      }
    });
  }
}
