package dev.charter.compat.http;

import dev.charter.compat.Bump;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.Check;
import dev.charter.compat.Judgement;
import dev.charter.core.model.Server;
import dev.charter.core.spec.SpecNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the API is served. Servers are compared by origin: the base path every server shares is
 * read as part of each operation's path, so moving {@code /v1} from the server URL into the paths
 * changes nothing. Swagger 2.0's host, basePath and schemes are read as the servers they mean.
 */
public final class ServersCheck implements Check {
  public static final ChangeKind REMOVED = ChangeKind.of("server-removed", Bump.MAJOR,
      "a server was removed: clients configured with it can no longer reach the API", ServersCheck.class);
  public static final ChangeKind ADDED = ChangeKind.of("server-added", Bump.MINOR,
      "a server was added", ServersCheck.class);
  static final ChangeKind VARIABLE_CHANGED = ChangeKind.of("server-variable-changed", Bump.MAJOR,
      "major when a value clients use is gone (an enum value removed, the default changed); minor when values were added",
      "a server variable changed", ServersCheck.class);

  @Override
  public List<ChangeKind> kinds() {
    return List.of(REMOVED, ADDED, VARIABLE_CHANGED);
  }

  void check(HttpContext ctx, String subject, List<Server> old, List<Server> neu, String oldBase, String newBase,
      SpecNode oldParent, SpecNode newParent) {
    List<Server> unmatched = new ArrayList<>(neu);
    for (Server o : old) {
      Optional<Server> n = unmatched.stream().filter(x -> origin(x, newBase).equals(origin(o, oldBase))).findFirst();
      if (n.isPresent()) {
        removeSame(unmatched, n.get());
        variables(ctx, subject, o, n.get());
        if (!o.description().equals(n.get().description())) {
          ctx.documentation(subject, "description of server '" + n.get().url() + "'", o.node(), n.get().node());
        }
        continue;
      }
      if (!implicit(o)) {
        ctx.sink.add(REMOVED.id(), Judgement.breaking(), subject, "server '" + o.url() + "' removed", o.node(), newParent);
      }
    }
    for (Server n : unmatched) {
      if (!implicit(n)) {
        ctx.sink.add(ADDED.id(), Judgement.addition(), subject, "server '" + n.url() + "' added", oldParent, n.node());
      }
    }
  }

  private static void variables(HttpContext ctx, String subject, Server o, Server n) {
    for (Server.Variable ov : o.variables().values()) {
      Server.Variable nv = n.variables().values().stream().filter(v -> v.name().equals(ov.name())).findFirst().orElse(null);
      if (nv == null) {
        continue;
      }
      if (!ov.defaultValue().equals(nv.defaultValue())) {
        ctx.sink.add(VARIABLE_CHANGED.id(), Judgement.breaking(), subject, "server variable '" + ov.name()
            + "' default changed from '" + ov.defaultValue().orElse("") + "' to '" + nv.defaultValue().orElse("") + "'",
            ov.node(), nv.node());
      }
      if (!ov.allowed().isEmpty()) {
        List<String> gone = new ArrayList<>(ov.allowed());
        if (!nv.allowed().isEmpty()) {
          gone.removeAll(nv.allowed());
        } else {
          gone.clear();
        }
        if (!gone.isEmpty()) {
          ctx.sink.add(VARIABLE_CHANGED.id(), Judgement.breaking(), subject, "server variable '" + ov.name()
              + "' no longer allows " + String.join(", ", gone), ov.node(), nv.node());
        }
        List<String> added = new ArrayList<>(nv.allowed());
        added.removeAll(ov.allowed());
        if (!added.isEmpty()) {
          ctx.sink.add(VARIABLE_CHANGED.id(), Judgement.addition(), subject, "server variable '" + ov.name()
              + "' now also allows " + String.join(", ", added), ov.node(), nv.node());
        }
      }
    }
  }

  /** The server URL without the base path shared by all servers, variables unnamed, lower case. */
  static String origin(Server s, String base) {
    String url = s.url();
    String path = s.basePath();
    String templatePath = base;
    if (!base.isEmpty() && path.equals(base)) {
      // Strip the base path from the written URL (variables in the path part are rare).
      int at = url.lastIndexOf(templatePath);
      if (at >= 0) {
        url = url.substring(0, at) + url.substring(at + templatePath.length());
      }
    }
    while (url.endsWith("/")) {
      url = url.substring(0, url.length() - 1);
    }
    return url.replaceAll("\\{[^}]*}", "{}").toLowerCase(Locale.ROOT);
  }

  /** The server OpenAPI assumes when none is written ({@code /}). */
  static boolean implicit(Server s) {
    return s.url().equals("/") && s.node().pointer().isEmpty() && !s.node().has("servers");
  }

  /** The base path every server shares, or empty. */
  static String commonBase(List<Server> servers) {
    String base = null;
    for (Server s : servers) {
      String p = s.basePath();
      if (base == null) {
        base = p;
      } else if (!base.equals(p)) {
        return "";
      }
    }
    return base == null ? "" : base;
  }

  /** Removes {@code item} itself (records compare their nodes deeply: slow, and not what is meant). */
  private static <T> void removeSame(java.util.List<T> list, T item) {
    for (int k = 0; k < list.size(); k++) {
      if (list.get(k) == item) {
        list.remove(k);
        return;
      }
    }
  }
}
