package dev.charter.lint.spectral;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.lint.rules.support.JsValues;
import java.util.List;

/**
 * Spectral's message placeholders: {@code {{error}}}, {@code {{description}}}, {@code {{path}}},
 * {@code {{property}}}, {@code {{value}}}, and the {@code #{{print("property")}}} and {@code
 * #{{print("value")}}} forms its functions use.
 */
final class MessageTemplate {
  private MessageTemplate() {}

  /** The values the placeholders stand for in one finding. */
  record Vars(String error, String description, String path, String property, JsonNode value) {}

  static String render(String template, Vars vars) {
    if (template.indexOf('{') < 0) {
      return template;
    }
    String out = template;
    out = out.replace("#{{print(\"property\")}}", vars.property().isEmpty() ? "The document " : "\"" + vars.property() + "\" property ");
    out = out.replace("#{{print(\"value\")}}", JsValues.print(vars.value()));
    out = out.replace("{{error}}", vars.error());
    out = out.replace("{{description}}", vars.description());
    out = out.replace("{{path}}", vars.path());
    out = out.replace("{{property}}", vars.property());
    out = out.replace("{{value}}", vars.value() == null ? "undefined" : JsValues.string(vars.value()));
    return out;
  }

  /** A JSON pointer for {@code {{path}}}. */
  static String pointer(List<Object> path) {
    StringBuilder sb = new StringBuilder("#");
    for (Object k : path) {
      sb.append('/').append(dev.charter.core.parse.JsonPointers.escape(String.valueOf(k)));
    }
    return sb.toString();
  }
}
