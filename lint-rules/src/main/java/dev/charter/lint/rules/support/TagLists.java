package dev.charter.lint.rules.support;

import dev.charter.core.spec.SpecNode;
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
}
