package dev.charter.lint.rules.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.parse.JsonPointers;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.RuleContext;
import dev.charter.lint.jsonpath.PathNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** An AsyncAPI security requirement (scheme name → scopes) against {@code components.securitySchemes}. */
public final class AsyncSecurity {
  private static final String[] FLOWS = {"implicit", "password", "clientCredentials", "authorizationCode"};

  private AsyncSecurity() {}

  public static void check(RuleContext context, PathNode requirement, String objectType) {
    JsonNode req = requirement.value();
    if (!isRequirement(req)) {
      return;
    }
    SpecNode schemes = context.root().get("components").map(SpecNode::resolved)
        .flatMap(c -> c.get("securitySchemes")).map(SpecNode::resolved).orElse(null);
    Iterator<Map.Entry<String, JsonNode>> it = req.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getKey();
      String at = JsonPointers.append(requirement.pointer(), name);
      SpecNode scheme = schemes == null ? null : schemes.get(name).map(SpecNode::resolved).orElse(null);
      if (scheme == null) {
        context.report(requirement.file(), at, objectType + " must not reference an undefined security scheme.");
        continue;
      }
      JsonNode type = scheme.value().get("type");
      if (type == null || !type.isTextual() || !type.textValue().equals("oauth2")) {
        continue;
      }
      Set<String> available = new LinkedHashSet<>();
      JsonNode flows = scheme.value().get("flows");
      if (flows != null && flows.isObject()) {
        for (String f : FLOWS) {
          JsonNode flow = flows.get(f);
          if (flow != null && flow.isObject()) {
            JsonNode scopes = flow.has("availableScopes") ? flow.get("availableScopes") : flow.get("scopes");
            if (scopes != null && scopes.isObject()) {
              scopes.fieldNames().forEachRemaining(available::add);
            }
          }
        }
      }
      for (int i = 0; i < e.getValue().size(); i++) {
        if (!available.contains(e.getValue().get(i).textValue())) {
          context.report(requirement.file(), JsonPointers.append(at, i),
              "Non-existing security scope for the specified security scheme. Available: [" + String.join(", ", available) + "]");
        }
      }
    }
  }

  private static boolean isRequirement(JsonNode v) {
    if (!v.isObject()) {
      return false;
    }
    for (JsonNode list : v) {
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
}
