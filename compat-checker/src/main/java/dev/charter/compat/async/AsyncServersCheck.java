package dev.charter.compat.async;

import dev.charter.compat.Bump;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.Check;
import dev.charter.compat.Comparison;
import dev.charter.compat.Judgement;
import dev.charter.compat.http.ServersCheck;
import dev.charter.compat.security.SecurityCheck;
import dev.charter.core.spec.SpecNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * AsyncAPI servers, matched by name (else by address): removed, added, moved to another address or
 * protocol, and the security they ask for. 2.x {@code url} and 3.x {@code host} with {@code
 * pathname} are read as one address.
 */
final class AsyncServersCheck implements Check {
  static final ChangeKind CHANGED = ChangeKind.of("server-changed", Bump.MAJOR,
      "a server moved to another address or protocol", AsyncServersCheck.class);

  private final SecurityCheck security = new SecurityCheck();

  @Override
  public List<ChangeKind> kinds() {
    return List.of(CHANGED);
  }

  void check(Comparison c, Map<String, SpecNode> old, Map<String, SpecNode> neu, SpecNode oldRoot, SpecNode newRoot) {
    Map<String, SpecNode> unmatched = new LinkedHashMap<>(neu);
    SpecNode oldParent = oldRoot.get("servers").orElse(oldRoot);
    SpecNode newParent = newRoot.get("servers").orElse(newRoot);
    for (Map.Entry<String, SpecNode> e : old.entrySet()) {
      SpecNode o = e.getValue();
      SpecNode n = unmatched.remove(e.getKey());
      if (n == null) {
        Optional<Map.Entry<String, SpecNode>> same = unmatched.entrySet().stream()
            .filter(x -> address(x.getValue()).equals(address(o))).findFirst();
        if (same.isPresent()) {
          n = same.get().getValue();
          unmatched.remove(same.get().getKey());
        }
      }
      String subject = "server '" + e.getKey() + "'";
      if (n == null) {
        c.sink().add(ServersCheck.REMOVED.id(), Judgement.breaking(), subject, "server '" + e.getKey() + "' ("
            + address(o) + ") removed", o, newParent);
        continue;
      }
      if (!address(o).equals(address(n))) {
        c.sink().add(CHANGED.id(), Judgement.incompatible(), subject, "address changed from '" + address(o) + "' to '"
            + address(n) + "'", o, n);
      }
      String op = o.text("protocol").orElse("").toLowerCase(Locale.ROOT);
      String np = n.text("protocol").orElse("").toLowerCase(Locale.ROOT);
      if (!op.equals(np)) {
        c.sink().add(CHANGED.id(), Judgement.incompatible(), subject, "protocol changed from '" + op + "' to '" + np + "'",
            o.get("protocol").orElse(o), n.get("protocol").orElse(n));
      }
      security.check(c.sink(), subject, AsyncSecurity.alternatives(o.get("security"), oldRoot),
          AsyncSecurity.alternatives(n.get("security"), newRoot), o.get("security").orElse(o), n.get("security").orElse(n));
    }
    for (Map.Entry<String, SpecNode> e : unmatched.entrySet()) {
      c.sink().add(ServersCheck.ADDED.id(), Judgement.addition(), "server '" + e.getKey() + "'", "server '" + e.getKey()
          + "' (" + address(e.getValue()) + ") added", oldParent, e.getValue());
    }
  }

  /** Host and path, without a scheme, variables unnamed, lower case. */
  static String address(SpecNode server) {
    String a = server.text("url").orElseGet(() -> server.text("host").orElse("") + server.text("pathname").orElse(""));
    int scheme = a.indexOf("://");
    if (scheme >= 0) {
      a = a.substring(scheme + 3);
    }
    while (a.endsWith("/")) {
      a = a.substring(0, a.length() - 1);
    }
    return a.replaceAll("\\{[^}]*}", "{}").toLowerCase(Locale.ROOT);
  }
}
