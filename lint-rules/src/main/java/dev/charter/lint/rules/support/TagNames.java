package dev.charter.lint.rules.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.RuleContext;
import java.util.ArrayList;
import java.util.List;

/** Duplicate names in a list of Tag Objects, as Spectral's {@code uniquenessTags} finds them. */
public final class TagNames {
  private TagNames() {}

  /**
   * Reports each tag whose name an earlier tag already has, at its {@code name}. Like Spectral, a list
   * with an item that is not a tag with a string name is left to the structural rules.
   */
  public static void reportDuplicates(RuleContext context, SpecNode tags) {
    if (!tags.isArray()) {
      return;
    }
    List<SpecNode> items = new ArrayList<>();
    for (SpecNode t : tags.elements()) {
      SpecNode tag = t.resolved();
      JsonNode name = tag.value().get("name");
      if (!tag.isObject() || name == null || !name.isTextual()) {
        return;
      }
      items.add(tag);
    }
    List<String> names = new ArrayList<>();
    for (SpecNode tag : items) {
      String name = tag.value().get("name").textValue();
      if (names.contains(name)) {
        context.report(tag.file(), tag.pointer() + "/name", "\"tags\" object contains duplicate tag name \"" + name + "\".");
      }
      names.add(name);
    }
  }
}
