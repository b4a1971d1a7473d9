package dev.charter.lint.rules.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.RuleContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Security requirements (the document's and each operation's under {@code paths}) against the
 * schemes they name: every scheme defined, every scope declared by the scheme.
 */
public final class SecurityRequirements {
  private SecurityRequirements() {}

  public static void check(RuleContext context, int oasVersion) {
    SpecNode root = context.root();
    SpecNode schemes = oasVersion == 2
        ? root.get("securityDefinitions").map(SpecNode::resolved).orElse(null)
        : root.get("components").map(SpecNode::resolved).flatMap(c -> c.get("securitySchemes")).map(SpecNode::resolved).orElse(null);
    List<SpecNode> requirements = new ArrayList<>();
    root.get("security").map(SpecNode::resolved).ifPresent(s -> requirements.addAll(s.elements()));
    int topLevel = requirements.size();
    for (PathOperations.Operation op : PathOperations.of(root)) {
      op.node().get("security").map(SpecNode::resolved).ifPresent(s -> requirements.addAll(s.elements()));
    }
    String location = oasVersion == 2 ? "securityDefinitions" : "components.securitySchemes";
    for (int r = 0; r < requirements.size(); r++) {
      SpecNode req = requirements.get(r).resolved();
      if (!isRequirement(req.value())) {
        continue;
      }
      String object = r < topLevel ? "API" : "Operation";
      for (Map.Entry<String, SpecNode> e : req.fields()) {
        String name = e.getKey();
        SpecNode scheme = schemes == null || !schemes.isObject() ? null : schemes.get(name).map(SpecNode::resolved).orElse(null);
        if (scheme == null) {
          context.report(e.getValue(), object + " \"security\" values must match a scheme defined in the \"" + location + "\" object.");
          continue;
        }
        List<SpecNode> scopes = e.getValue().elements();
        for (SpecNode scope : scopes) {
          if (!scopeDefined(oasVersion, scope.value().textValue(), scheme.value())) {
            context.report(scope, "\"" + scope.value().textValue() + "\" must be listed among scopes.");
          }
        }
      }
    }
  }

  /** An object whose members are all arrays of strings; anything else is left to the structural rules. */
  private static boolean isRequirement(JsonNode v) {
    if (!v.isObject()) {
      return false;
    }
    Iterator<JsonNode> values = v.elements();
    while (values.hasNext()) {
      JsonNode list = values.next();
      if (!list.isArray()) {
        return false;
      }
      for (JsonNode s : list) {
        if (!s.isTextual()) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean scopeDefined(int oasVersion, String scope, JsonNode scheme) {
    if (!scheme.isObject()) {
      return false;
    }
    if (oasVersion == 2) {
      JsonNode scopes = scheme.get("scopes");
      return scopes != null && scopes.isObject() && scopes.has(scope);
    }
    JsonNode flows = scheme.get("flows");
    if (flows == null || !flows.isObject()) {
      return false;
    }
    for (JsonNode flow : flows) {
      JsonNode scopes = flow.isObject() ? flow.get("scopes") : null;
      if (scopes != null && scopes.isObject() && scopes.has(scope)) {
        return true;
      }
    }
    return false;
  }
}
