package dev.charter.lint.rules.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/** The {@code type} of a schema as a set, whether written as a string or a list. */
public final class SchemaTypes {
  private SchemaTypes() {}

  public static Set<String> of(JsonNode schema) {
    Set<String> out = new HashSet<>();
    JsonNode t = schema == null || !schema.isObject() ? null : schema.get("type");
    if (t == null) {
      return out;
    }
    if (t.isTextual()) {
      out.add(t.textValue());
    } else if (t.isArray()) {
      t.forEach(x -> out.add(x.asText()));
    }
    return out;
  }
}
