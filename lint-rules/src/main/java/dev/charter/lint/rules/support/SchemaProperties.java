package dev.charter.lint.rules.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.RuleContext;
import dev.charter.lint.walk.NodeType;
import dev.charter.lint.walk.Visit;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;

/** The property names a schema declares, counting its {@code allOf} parts and those it is composed with. */
public final class SchemaProperties {
  private static final int MAX_DEPTH = 32;

  private SchemaProperties() {}

  /** The declared names; null when some part could not be followed (a reference that is not loaded). */
  public static Set<String> declared(RuleContext context, Visit node) {
    Set<String> out = new HashSet<>();
    Set<JsonNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    if (!collect(context, node.toSpecNode(context.document()), out, seen, 0)) {
      return null;
    }
    Visit list = node.parent();
    if (list != null && list.type() == NodeType.SCHEMA_LIST && "allOf".equals(list.key()) && list.parent() != null) {
      if (!collect(context, list.parent().toSpecNode(context.document()), out, seen, 0)) {
        return null;
      }
    }
    return out;
  }

  private static boolean collect(RuleContext context, SpecNode schema, Set<String> out, Set<JsonNode> seen, int depth) {
    SpecNode s = schema.resolved();
    if (s.isRef()) {
      return false;
    }
    if (!s.isObject() || depth > MAX_DEPTH || !seen.add(s.value())) {
      return true;
    }
    JsonNode props = s.value().get("properties");
    if (props != null && props.isObject()) {
      props.fieldNames().forEachRemaining(out::add);
    }
    for (SpecNode part : s.get("allOf").map(SpecNode::elements).orElse(java.util.List.of())) {
      if (!collect(context, part, out, seen, depth + 1)) {
        return false;
      }
    }
    return true;
  }
}
