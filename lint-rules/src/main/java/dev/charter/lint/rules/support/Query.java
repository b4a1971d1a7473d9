package dev.charter.lint.rules.support;

import dev.charter.lint.RuleContext;
import dev.charter.lint.jsonpath.JsonPath;
import dev.charter.lint.jsonpath.JsonPathException;
import dev.charter.lint.jsonpath.PathNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A built-in rule's selection written as Spectral writes it: one or more JSONPaths, evaluated on the
 * resolved document (references followed) or on the root file as written.
 */
public final class Query {
  private final List<JsonPath> paths;

  private Query(List<JsonPath> paths) {
    this.paths = paths;
  }

  /** Compiles built-in expressions; a mistake in one is a charter bug, so it fails loudly. */
  public static Query of(String... expressions) {
    List<JsonPath> out = new ArrayList<>();
    for (String e : expressions) {
      try {
        out.add(JsonPath.compile(e));
      } catch (JsonPathException ex) {
        throw new IllegalStateException("built-in JSONPath " + e + ": " + ex.getMessage(), ex);
      }
    }
    return new Query(List.copyOf(out));
  }

  /** The matches in the resolved document. */
  public List<PathNode> resolved(RuleContext context) {
    List<PathNode> out = new ArrayList<>();
    for (JsonPath p : paths) {
      out.addAll(p.evaluate(PathNode.root(context.document().root()), context.document()));
    }
    return out;
  }

  /** The matches in the root file as written. */
  public List<PathNode> unresolved(RuleContext context) {
    List<PathNode> out = new ArrayList<>();
    for (JsonPath p : paths) {
      out.addAll(p.evaluate(PathNode.root(context.document().root()), null));
    }
    return out;
  }
}
