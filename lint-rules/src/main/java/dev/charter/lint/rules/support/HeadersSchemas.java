package dev.charter.lint.rules.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.lint.RuleContext;
import dev.charter.lint.jsonpath.PathNode;

/** The {@code headers} schema of AsyncAPI messages and message traits, which must be of type object. */
public final class HeadersSchemas {
  private HeadersSchemas() {}

  /** Reports each headers schema {@code query} selects that is not a schema of type object, with Spectral's messages. */
  public static void requireObject(RuleContext context, Query query) {
    for (PathNode headers : query.resolved(context)) {
      JsonNode h = headers.value();
      if (!h.isObject()) {
        Reports.at(context, headers, "Headers schema type must be \"object\" (\"headers\" property type must be object).");
        continue;
      }
      JsonNode type = h.get("type");
      if (type == null) {
        Reports.at(context, headers, "Headers schema type must be \"object\" (\"headers\" property must have required property \"type\").");
      } else if (!(type.isTextual() && type.textValue().equals("object"))) {
        Reports.atMember(context, headers, "type", "Headers schema type must be \"object\" (\"type\" property must be equal to one of the allowed values: \"object\").");
      }
    }
  }
}
