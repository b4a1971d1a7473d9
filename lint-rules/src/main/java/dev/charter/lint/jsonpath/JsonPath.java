package dev.charter.lint.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.spec.SpecDocument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A JSONPath in the dialect Spectral rulesets are written in (jsonpath-plus as nimma runs it):
 * {@code $}, {@code .name}, {@code ['name']}, {@code [a,b]} (names unquoted or quoted), {@code *},
 * indexes and slices, {@code ..}, filters {@code [?(...)]} with {@code @property}, {@code
 * @parentProperty}, {@code @parent}, {@code @path} and {@code @root}, and the jsonpath-plus
 * suffixes {@code ^} (parent) and {@code ~} (property name).
 *
 * <p>Charter evaluates it itself over its own trees rather than through a JSONPath library, because
 * each match must come with its location (file and JSON pointer, also through {@code $ref}s into
 * other files) and no library offers that or the jsonpath-plus extensions; and because evaluation
 * must stay linear in the document: a {@code ..} step visits each node once, however many
 * references share it.
 */
public final class JsonPath {
  private final String source;
  private final List<Segment> segments;

  private JsonPath(String source, List<Segment> segments) {
    this.source = source;
    this.segments = segments;
  }

  public String source() {
    return source;
  }

  @Override
  public String toString() {
    return source;
  }

  /** Whether the path is just {@code $}. */
  public boolean isRoot() {
    return segments.isEmpty();
  }

  // ---- model ----

  private sealed interface Selector permits Name, Wildcard, Index, Slice, Filter {}

  private record Name(String name) implements Selector {}

  private record Wildcard() implements Selector {}

  private record Index(int index) implements Selector {}

  private record Slice(Integer start, Integer end, int step) implements Selector {}

  private record Filter(FilterExpression expression) implements Selector {}

  private sealed interface Segment permits Child, Descendant, Parent, PropertyName {}

  private record Child(List<Selector> selectors) implements Segment {}

  private record Descendant(List<Selector> selectors) implements Segment {}

  private record Parent() implements Segment {}

  private record PropertyName() implements Segment {}

  // ---- evaluation ----

  /**
   * The matches of this path from {@code start}, in document order. With {@code document} given
   * references are followed (Spectral's resolved view); without, the tree is read as written.
   */
  public List<PathNode> evaluate(PathNode start, SpecDocument document) {
    List<PathNode> current = List.of(start);
    for (Segment segment : segments) {
      List<PathNode> next = new ArrayList<>();
      if (segment instanceof Child c) {
        for (PathNode n : current) {
          select(n, c.selectors(), document, start, next::add);
        }
      } else if (segment instanceof Descendant d) {
        Set<JsonNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PathNode n : current) {
          descend(n, d.selectors(), document, start, seen, next::add);
        }
      } else if (segment instanceof Parent) {
        Set<PathNode> added = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PathNode n : current) {
          if (n.parent() != null && added.add(n.parent())) {
            next.add(n.parent());
          }
        }
      } else {
        for (PathNode n : current) {
          if (n.key() != null) {
            next.add(n.asName());
          }
        }
      }
      current = next;
      if (current.isEmpty()) {
        break;
      }
    }
    return current;
  }

  private static void descend(PathNode start, List<Selector> selectors, SpecDocument document, PathNode root,
      Set<JsonNode> seen, Consumer<PathNode> out) {
    // Iterative, depth first, children in document order: deep specs must not overflow the stack.
    ArrayList<PathNode> stack = new ArrayList<>();
    stack.add(start);
    while (!stack.isEmpty()) {
      PathNode n = stack.remove(stack.size() - 1);
      JsonNode v = n.value();
      if (!v.isContainerNode() || !seen.add(v)) {
        continue;
      }
      select(n, selectors, document, root, out);
      List<PathNode> children = children(n, document);
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.add(children.get(i));
      }
    }
  }

  private static List<PathNode> children(PathNode n, SpecDocument document) {
    JsonNode v = n.value();
    List<PathNode> out = new ArrayList<>(v.size());
    if (v.isObject()) {
      Iterator<String> names = v.fieldNames();
      while (names.hasNext()) {
        PathNode c = n.child(names.next(), document);
        if (c != null && c.value().isContainerNode()) {
          out.add(c);
        }
      }
    } else if (v.isArray()) {
      for (int i = 0; i < v.size(); i++) {
        PathNode c = n.child(i, document);
        if (c != null && c.value().isContainerNode()) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static void select(PathNode n, List<Selector> selectors, SpecDocument document, PathNode root,
      Consumer<PathNode> out) {
    JsonNode v = n.value();
    if (!v.isContainerNode()) {
      return;
    }
    for (Selector s : selectors) {
      if (s instanceof Name name) {
        PathNode c;
        if (v.isArray()) {
          int i = arrayIndex(name.name());
          c = i < 0 ? null : n.child(i, document);
        } else {
          c = n.child(name.name(), document);
        }
        if (c != null) {
          out.accept(c);
        }
      } else if (s instanceof Wildcard) {
        each(n, document, out);
      } else if (s instanceof Index index) {
        PathNode c;
        if (v.isArray()) {
          int i = index.index() < 0 ? v.size() + index.index() : index.index();
          c = i >= 0 ? n.child(i, document) : null;
        } else {
          c = n.child(Integer.toString(index.index()), document);
        }
        if (c != null) {
          out.accept(c);
        }
      } else if (s instanceof Slice slice) {
        if (v.isArray()) {
          int size = v.size();
          int step = slice.step() == 0 ? 1 : slice.step();
          int from = bound(slice.start(), step > 0 ? 0 : size - 1, size);
          int to = bound(slice.end(), step > 0 ? size : -1, size);
          for (int i = from; step > 0 ? i < to : i > to; i += step) {
            PathNode c = n.child(i, document);
            if (c != null) {
              out.accept(c);
            }
          }
        }
      } else if (s instanceof Filter f) {
        each(n, document, c -> {
          if (test(f.expression(), c, root)) {
            out.accept(c);
          }
        });
      }
    }
  }

  private static int bound(Integer value, int fallback, int size) {
    if (value == null) {
      return fallback;
    }
    int v = value < 0 ? size + value : value;
    return Math.max(-1, Math.min(size, v));
  }

  private static void each(PathNode n, SpecDocument document, Consumer<PathNode> out) {
    JsonNode v = n.value();
    if (v.isObject()) {
      Iterator<String> names = v.fieldNames();
      while (names.hasNext()) {
        PathNode c = n.child(names.next(), document);
        if (c != null) {
          out.accept(c);
        }
      }
    } else if (v.isArray()) {
      for (int i = 0; i < v.size(); i++) {
        PathNode c = n.child(i, document);
        if (c != null) {
          out.accept(c);
        }
      }
    }
  }

  private static boolean test(FilterExpression f, PathNode node, PathNode root) {
    try {
      return f.test(new FilterExpression.Scope() {
        @Override
        public Object current() {
          return Js.of(node.value());
        }

        @Override
        public Object property() {
          Object k = node.key();
          return k instanceof Integer i ? (Object) (double) i : k == null ? Js.UNDEFINED : k;
        }

        @Override
        public Object parentProperty() {
          PathNode p = node.parent();
          Object k = p == null ? null : p.key();
          return k instanceof Integer i ? (Object) (double) i : k == null ? Js.UNDEFINED : k;
        }

        @Override
        public Object parent() {
          return node.parent() == null ? Js.UNDEFINED : Js.of(node.parent().value());
        }

        @Override
        public Object path() {
          StringBuilder sb = new StringBuilder("$");
          for (Object k : node.path()) {
            sb.append(k instanceof Integer ? "[" + k + "]" : "['" + k + "']");
          }
          return sb.toString();
        }

        @Override
        public Object root() {
          return Js.of(root.value());
        }
      });
    } catch (FilterExpression.EvaluationError e) {
      return false;
    }
  }

  private static int arrayIndex(String name) {
    if (name.isEmpty() || name.length() > 9) {
      return -1;
    }
    for (int i = 0; i < name.length(); i++) {
      if (!Character.isDigit(name.charAt(i))) {
        return -1;
      }
    }
    return Integer.parseInt(name);
  }

  // ---- parsing ----

  public static JsonPath compile(String source) throws JsonPathException {
    return new Parser(source).parse();
  }

  private static final class Parser {
    private final String s;
    private int pos;

    Parser(String s) {
      this.s = s;
    }

    JsonPath parse() throws JsonPathException {
      skipSpace();
      if (!s.startsWith("$", pos)) {
        throw new JsonPathException("a JSONPath must start with '$'", pos);
      }
      pos++;
      List<Segment> segments = new ArrayList<>();
      while (true) {
        skipSpace();
        if (pos >= s.length()) {
          break;
        }
        char c = s.charAt(pos);
        if (c == '.' && pos + 1 < s.length() && s.charAt(pos + 1) == '.') {
          pos += 2;
          segments.add(new Descendant(afterDots()));
        } else if (c == '.') {
          pos++;
          if (pos < s.length() && s.charAt(pos) == '[') {
            segments.add(new Child(bracket()));
          } else {
            segments.add(new Child(List.of(dotName())));
          }
        } else if (c == '[') {
          segments.add(new Child(bracket()));
        } else if (c == '^') {
          pos++;
          segments.add(new Parent());
        } else if (c == '~') {
          pos++;
          segments.add(new PropertyName());
        } else if (c == '*') {
          pos++;
          segments.add(new Child(List.of(new Wildcard())));
        } else {
          throw new JsonPathException("unexpected '" + c + "' in JSONPath", pos);
        }
      }
      return new JsonPath(s, List.copyOf(segments));
    }

    private List<Selector> afterDots() throws JsonPathException {
      if (pos >= s.length()) {
        throw new JsonPathException("'..' must be followed by a name, '*' or '[...]'", pos);
      }
      if (s.charAt(pos) == '[') {
        return bracket();
      }
      return List.of(dotName());
    }

    private Selector dotName() throws JsonPathException {
      if (pos < s.length() && s.charAt(pos) == '*') {
        pos++;
        return new Wildcard();
      }
      int start = pos;
      while (pos < s.length() && ".[^~ ".indexOf(s.charAt(pos)) < 0) {
        pos++;
      }
      if (pos == start) {
        throw new JsonPathException("expected a member name after '.'", pos);
      }
      return new Name(s.substring(start, pos));
    }

    private List<Selector> bracket() throws JsonPathException {
      int open = pos;
      pos++;
      List<Selector> out = new ArrayList<>();
      while (true) {
        skipSpace();
        if (pos >= s.length()) {
          throw new JsonPathException("unclosed '['", open);
        }
        out.add(selector());
        skipSpace();
        if (pos < s.length() && s.charAt(pos) == ',') {
          pos++;
          continue;
        }
        if (pos < s.length() && s.charAt(pos) == ']') {
          pos++;
          return out;
        }
        throw new JsonPathException("expected ',' or ']' in JSONPath", pos);
      }
    }

    private Selector selector() throws JsonPathException {
      char c = s.charAt(pos);
      if (c == '*') {
        pos++;
        return new Wildcard();
      }
      if (c == '\'' || c == '"') {
        return new Name(quoted(c));
      }
      if (c == '?') {
        pos++;
        skipSpace();
        if (pos >= s.length() || s.charAt(pos) != '(') {
          throw new JsonPathException("a filter must be written ?(...)", pos);
        }
        int end = matchingParen(pos);
        String body = s.substring(pos + 1, end);
        FilterExpression f;
        try {
          f = FilterExpression.parse(body);
        } catch (JsonPathException e) {
          throw new JsonPathException(e.getMessage(), pos + 1 + e.position());
        }
        pos = end + 1;
        return new Filter(f);
      }
      if (c == '(') {
        throw new JsonPathException("script expressions (...) are not supported; use a filter ?(...)", pos);
      }
      int start = pos;
      while (pos < s.length() && s.charAt(pos) != ',' && s.charAt(pos) != ']') {
        pos++;
      }
      String token = s.substring(start, pos).trim();
      if (token.isEmpty()) {
        throw new JsonPathException("empty selector in '[...]'", start);
      }
      if (token.contains(":") && token.matches("-?\\d*:-?\\d*(:-?\\d*)?")) {
        String[] parts = token.split(":", -1);
        return new Slice(num(parts[0]), num(parts[1]), parts.length > 2 && !parts[2].isEmpty() ? Integer.parseInt(parts[2]) : 1);
      }
      if (token.matches("-?\\d+")) {
        return new Index(Integer.parseInt(token));
      }
      return new Name(token);
    }

    private static Integer num(String t) {
      return t.isEmpty() ? null : Integer.valueOf(t);
    }

    private String quoted(char quote) throws JsonPathException {
      int start = pos++;
      StringBuilder sb = new StringBuilder();
      while (pos < s.length() && s.charAt(pos) != quote) {
        char ch = s.charAt(pos++);
        if (ch == '\\' && pos < s.length()) {
          sb.append(s.charAt(pos++));
        } else {
          sb.append(ch);
        }
      }
      if (pos >= s.length()) {
        throw new JsonPathException("unterminated quoted name", start);
      }
      pos++;
      return sb.toString();
    }

    private int matchingParen(int open) throws JsonPathException {
      int depth = 0;
      char quote = 0;
      for (int i = open; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (quote != 0) {
          if (ch == '\\') {
            i++;
          } else if (ch == quote) {
            quote = 0;
          }
          continue;
        }
        if (ch == '\'' || ch == '"') {
          quote = ch;
        } else if (ch == '(') {
          depth++;
        } else if (ch == ')') {
          depth--;
          if (depth == 0) {
            return i;
          }
        }
      }
      throw new JsonPathException("unclosed '(' in filter", open);
    }

    private void skipSpace() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }
  }
}
