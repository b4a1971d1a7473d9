package dev.charter.compat.http;

import dev.charter.compat.Bump;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.Check;
import dev.charter.compat.Judgement;
import dev.charter.core.model.SecurityScheme;
import dev.charter.core.spec.SpecNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A security scheme whose definition changed under the same name in a way clients notice: its type,
 * HTTP scheme, API key name or location, OpenID Connect URL, an OAuth flow or its URLs, a scope
 * removed. Schemes renamed with the same definition are aliases, not changes.
 */
final class SecuritySchemeCheck implements Check {
  static final ChangeKind CHANGED = ChangeKind.of("security-scheme-changed", Bump.MAJOR,
      "a security scheme changed how clients authenticate", SecuritySchemeCheck.class);

  @Override
  public List<ChangeKind> kinds() {
    return List.of(CHANGED);
  }

  /** Reports changed schemes among {@code used}: a scheme no operation asks for changes nothing for clients. */
  void check(HttpContext ctx, Map<String, SecurityScheme> old, Map<String, SecurityScheme> neu, Set<String> used) {
    for (Map.Entry<String, SecurityScheme> e : old.entrySet()) {
      SecurityScheme n = neu.get(e.getKey());
      if (n == null || !used.contains(e.getKey())) {
        continue;
      }
      List<String> what = differences(e.getValue(), n);
      if (!what.isEmpty()) {
        ctx.sink.add(CHANGED.id(), Judgement.incompatible(), "security scheme '" + e.getKey() + "'",
            String.join("; ", what), e.getValue().node(), n.node());
      }
    }
  }

  /** New scheme name → old scheme name, for schemes that only changed name. */
  static Map<String, String> aliases(Map<String, SecurityScheme> old, Map<String, SecurityScheme> neu) {
    Map<String, String> out = new HashMap<>();
    for (Map.Entry<String, SecurityScheme> n : neu.entrySet()) {
      if (old.containsKey(n.getKey())) {
        continue;
      }
      for (Map.Entry<String, SecurityScheme> o : old.entrySet()) {
        if (!neu.containsKey(o.getKey()) && signature(o.getValue()).equals(signature(n.getValue()))) {
          out.put(n.getKey(), o.getKey());
          break;
        }
      }
    }
    return out;
  }

  private static Map<String, Object> signature(SecurityScheme s) {
    Map<String, Object> sig = new TreeMap<>();
    sig.put("type", s.type());
    sig.put("scheme", s.scheme().orElse(""));
    sig.put("in", s.in().orElse(""));
    sig.put("name", s.in().orElse("").equals("header") ? s.parameterName().orElse("").toLowerCase(java.util.Locale.ROOT)
        : s.parameterName().orElse(""));
    sig.put("oidc", s.openIdConnectUrl().orElse(""));
    Map<String, Object> flows = new TreeMap<>();
    flowUrls(s).forEach((k, v) -> flows.put(k, v));
    s.flows().forEach((k, v) -> flows.put(k + ".scopes", new TreeSet<>(v)));
    sig.put("flows", flows);
    return sig;
  }

  private static List<String> differences(SecurityScheme o, SecurityScheme n) {
    List<String> out = new ArrayList<>();
    if (!o.type().equalsIgnoreCase(n.type())) {
      out.add("type changed from " + o.type() + " to " + n.type());
      return out;
    }
    if (!o.scheme().equals(n.scheme())) {
      out.add("HTTP scheme changed from " + o.scheme().orElse("none") + " to " + n.scheme().orElse("none"));
    }
    if (!o.in().equals(n.in())) {
      out.add("API key moved from " + o.in().orElse("?") + " to " + n.in().orElse("?"));
    }
    boolean header = o.in().orElse("").equals("header");
    if (header ? !o.parameterName().map(x -> x.toLowerCase(java.util.Locale.ROOT))
        .equals(n.parameterName().map(x -> x.toLowerCase(java.util.Locale.ROOT))) : !o.parameterName().equals(n.parameterName())) {
      out.add("API key name changed from '" + o.parameterName().orElse("") + "' to '" + n.parameterName().orElse("") + "'");
    }
    if (!o.openIdConnectUrl().equals(n.openIdConnectUrl())) {
      out.add("OpenID Connect URL changed");
    }
    Map<String, String> ou = flowUrls(o);
    Map<String, String> nu = flowUrls(n);
    for (Map.Entry<String, Set<String>> f : o.flows().entrySet()) {
      Set<String> nf = n.flows().get(f.getKey());
      if (nf == null) {
        out.add("OAuth flow '" + f.getKey() + "' removed");
        continue;
      }
      Set<String> gone = new TreeSet<>(f.getValue());
      gone.removeAll(nf);
      if (!gone.isEmpty()) {
        out.add("scopes " + String.join(", ", gone) + " removed from flow '" + f.getKey() + "'");
      }
    }
    for (Map.Entry<String, String> u : ou.entrySet()) {
      String nv = nu.get(u.getKey());
      if (nv != null && !nv.equals(u.getValue())) {
        out.add(u.getKey() + " changed from " + u.getValue() + " to " + nv);
      }
    }
    return out;
  }

  /** flow.urlKind → URL, from 3.x {@code flows} or 2.0's single flow. */
  private static Map<String, String> flowUrls(SecurityScheme s) {
    Map<String, String> out = new LinkedHashMap<>();
    SpecNode node = s.node();
    if (node.has("flows")) {
      node.get("flows").ifPresent(fs -> fs.fields().forEach(f -> {
        SpecNode flow = f.getValue().resolved();
        for (String k : List.of("authorizationUrl", "tokenUrl", "refreshUrl")) {
          flow.text(k).ifPresent(u -> out.put(f.getKey() + "." + k, u));
        }
      }));
    } else {
      String flow = s.flows().keySet().stream().findFirst().orElse("");
      for (String k : List.of("authorizationUrl", "tokenUrl")) {
        node.text(k).ifPresent(u -> out.put(flow + "." + k, u));
      }
    }
    return out;
  }
}
