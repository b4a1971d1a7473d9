package dev.charter.compat.async;

import dev.charter.core.spec.SpecNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * AsyncAPI security lists as alternatives keyed by what each scheme is (its definition, not its
 * name), so that 2.x requirement objects ({@code - apiKey: []}) and 3.x scheme references or inline
 * schemes with {@code scopes} compare by meaning.
 */
final class AsyncSecurity {
  private AsyncSecurity() {}

  static List<Map<String, Set<String>>> alternatives(Optional<SpecNode> list, SpecNode root) {
    List<Map<String, Set<String>>> out = new ArrayList<>();
    if (list.isEmpty()) {
      return out;
    }
    Optional<SpecNode> schemes = root.get("components").flatMap(c -> c.get("securitySchemes"));
    for (SpecNode entry : list.get().elements()) {
      Map<String, Set<String>> alt = new LinkedHashMap<>();
      SpecNode e = entry.resolved();
      if (e.has("type")) {
        // 3.x: one scheme, inline or referenced, with the scopes it needs.
        Set<String> scopes = new TreeSet<>();
        e.get("scopes").ifPresent(s -> s.elements().forEach(x -> scopes.add(x.value().asText())));
        alt.put(signature(e), scopes);
      } else {
        for (Map.Entry<String, SpecNode> req : e.fields()) {
          Set<String> scopes = new TreeSet<>();
          req.getValue().elements().forEach(x -> scopes.add(x.value().asText()));
          String sig = schemes.flatMap(s -> s.get(req.getKey())).map(SpecNode::resolved)
              .map(AsyncSecurity::signature).orElse(req.getKey());
          alt.put(sig, scopes);
        }
      }
      out.add(alt);
    }
    return out;
  }

  /** What a scheme is: its type and where credentials go, with its flows' URLs; not its description or name. */
  static String signature(SpecNode scheme) {
    Map<String, String> sig = new TreeMap<>();
    for (String k : List.of("type", "in", "scheme", "name", "openIdConnectUrl", "bearerFormat")) {
      scheme.text(k).ifPresent(v -> sig.put(k, v));
    }
    scheme.get("flows").ifPresent(f -> f.fields().forEach(flow -> {
      SpecNode fl = flow.getValue().resolved();
      for (String k : List.of("authorizationUrl", "tokenUrl", "refreshUrl")) {
        fl.text(k).ifPresent(v -> sig.put(flow.getKey() + "." + k, v));
      }
    }));
    return sig.toString();
  }
}
