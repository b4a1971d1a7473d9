package dev.charter.lint.rules.support;

import dev.charter.core.spec.SpecNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operations under {@code paths}, as Spectral's OpenAPI rules see them: each path item and
 * operation with references followed, in document order. Webhooks and callbacks are not included:
 * Spectral's rules with the same ids do not look there, and neither do these.
 */
public final class PathOperations {
  public static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final Set<String> METHOD_SET = Set.copyOf(METHODS);

  /** One operation: the path key, the method key, and both nodes with references followed. */
  public record Operation(String path, String method, SpecNode pathItem, SpecNode node) {}

  private PathOperations() {}

  public static boolean isMethod(String key) {
    return METHOD_SET.contains(key);
  }

  public static List<Operation> of(SpecNode root) {
    List<Operation> out = new ArrayList<>();
    root.get("paths").map(SpecNode::resolved).ifPresent(paths -> {
      for (Map.Entry<String, SpecNode> p : paths.fields()) {
        SpecNode item = p.getValue().resolved();
        if (!item.isObject()) {
          continue;
        }
        for (Map.Entry<String, SpecNode> m : item.fields()) {
          if (isMethod(m.getKey())) {
            SpecNode op = m.getValue().resolved();
            if (op.isObject()) {
              out.add(new Operation(p.getKey(), m.getKey(), item, op));
            }
          }
        }
      }
    });
    return out;
  }
}
