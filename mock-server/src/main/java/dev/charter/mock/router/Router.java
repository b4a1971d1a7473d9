package dev.charter.mock.router;

import dev.charter.core.model.HttpMethod;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the operation for a request path: a tree with one level per path segment, built once.
 * At each level a literal segment is tried before a segment that mixes text and parameters, and
 * that before a whole-segment parameter, backtracking when a branch leads nowhere: so {@code
 * /pets/mine} matches {@code /pets/mine} before {@code /pets/{petId}}, as OpenAPI prescribes, and
 * the cost of a lookup depends on the depth of the path, not on the number of operations.
 *
 * <p>Paths are matched as they are written and also below each server base path ({@code /v1/pets}
 * and {@code /pets} both reach {@code /pets}). A request path is split on {@code /} before its
 * segments are percent-decoded, so an encoded slash ({@code a%2Fb}) stays inside its segment and
 * reaches the path parameter as {@code a/b}. Immutable once built; safe to share.
 *
 * @param <T> what a route leads to
 */
public final class Router<T> {
  private static final String[] NO_SEGMENTS = new String[0];

  private final Node<T> root;
  private final List<String> basePaths;
  /** {@link #basePaths} split into segments, in the same order. */
  private final String[][] baseSegments;

  private Router(Node<T> root, List<String> basePaths) {
    this.root = root;
    this.basePaths = basePaths;
    this.baseSegments = new String[basePaths.size()][];
    for (int i = 0; i < basePaths.size(); i++) {
      baseSegments[i] = basePaths.get(i).substring(1).split("/");
    }
  }

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * A route target with the template it was registered under.
   *
   * @param parameterNames the template's parameter names in order, worked out once
   */
  public record Entry<T>(T target, PathTemplate template, List<String> parameterNames) {
    public Entry {
      parameterNames = List.copyOf(parameterNames);
    }

    public Entry(T target, PathTemplate template) {
      this(target, template, template.parameterNames());
    }
  }

  /**
   * The path matched: the operations by method and the values of the path parameters, by name.
   * {@code basePath} is the server base path the request went through ("" for none).
   */
  public record Match<T>(Map<HttpMethod, Entry<T>> methods, String[] values, String basePath) {

    public Entry<T> entry(HttpMethod method) {
      return methods.get(method);
    }

    public Set<HttpMethod> allowed() {
      return methods.keySet();
    }

    /** The path parameters of the entry's template, by name. */
    public Map<String, String> parameters(Entry<T> entry) {
      List<String> names = entry.parameterNames();
      if (names.isEmpty()) {
        return Map.of();
      }
      Map<String, String> out = new HashMap<>(names.size() * 2);
      for (int i = 0; i < names.size() && i < values.length; i++) {
        out.put(names.get(i), values[i]);
      }
      return out;
    }
  }

  /**
   * The match for {@code rawPath} (the path as the request sends it, percent-encoded, without the
   * query), or null when no path matches. The most specific path that has {@code method} wins;
   * when none has it, the most specific path is returned (its methods are the ones allowed).
   */
  public Match<T> find(String rawPath, HttpMethod method) {
    String[] segments = segments(rawPath);
    Match<T> m = find(segments, method, true);
    return m != null ? m : find(segments, method, false);
  }

  private Match<T> find(String[] segments, HttpMethod method, boolean withMethod) {
    for (int b = 0; b < baseSegments.length; b++) {
      String[] base = baseSegments[b];
      if (startsWith(segments, base)) {
        Match<T> m = findBare(segments, base.length, basePaths.get(b), method, withMethod);
        if (m != null) {
          return m;
        }
      }
    }
    return findBare(segments, 0, "", method, withMethod);
  }

  private static boolean startsWith(String[] segments, String[] prefix) {
    if (segments.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (!segments[i].equals(prefix[i])) {
        return false;
      }
    }
    return true;
  }

  /** The segments from {@code from} on, then the same without a trailing slash (an empty last segment). */
  private Match<T> findBare(String[] segments, int from, String base, HttpMethod method, boolean withMethod) {
    Match<T> m = lookup(segments, from, segments.length, base, method, withMethod);
    if (m == null && segments.length > from && segments[segments.length - 1].isEmpty()) {
      m = lookup(segments, from, segments.length - 1, base, method, withMethod);
    }
    return m;
  }

  private Match<T> lookup(String[] segments, int from, int end, String base, HttpMethod method, boolean withMethod) {
    List<String> values = new ArrayList<>(4);
    Node<T> leaf = walk(root, segments, from, end, values, withMethod ? method : null);
    if (leaf == null) {
      return null;
    }
    return new Match<>(leaf.methods, values.toArray(NO_SEGMENTS), base);
  }

  /** The path's segments, each percent-decoded on its own ({@code /} → none, {@code /a/} → {@code a} and ""). */
  static String[] segments(String rawPath) {
    int from = rawPath.startsWith("/") ? 1 : 0;
    if (from == rawPath.length()) {
      return NO_SEGMENTS;
    }
    int count = 1;
    for (int i = from; i < rawPath.length(); i++) {
      if (rawPath.charAt(i) == '/') {
        count++;
      }
    }
    String[] out = new String[count];
    int n = 0;
    int start = from;
    for (int i = from; i <= rawPath.length(); i++) {
      if (i == rawPath.length() || rawPath.charAt(i) == '/') {
        out[n++] = decode(rawPath, start, i);
        start = i + 1;
      }
    }
    return out;
  }

  /**
   * {@code text[from, to)} percent-decoded as UTF-8 ('+' is itself: it means a space only in
   * queries); as written when it is not well-formed. Characters past ASCII are the bytes of a
   * client that did not encode them (the HTTP engine hands them over one char per byte).
   */
  static String decode(String text, int from, int to) {
    boolean plain = true;
    for (int i = from; i < to && plain; i++) {
      char c = text.charAt(i);
      plain = c != '%' && c < 0x80;
    }
    if (plain) {
      return text.substring(from, to);
    }
    byte[] bytes = new byte[to - from];
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '%') {
        int hi = i + 2 < to ? Character.digit(text.charAt(i + 1), 16) : -1;
        int lo = hi < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
        if (lo < 0) {
          return text.substring(from, to);
        }
        bytes[n++] = (byte) (hi << 4 | lo);
        i += 2;
      } else if (c <= 0xff) {
        bytes[n++] = (byte) c;
      } else {
        return text.substring(from, to);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, n)).toString();
    } catch (CharacterCodingException e) {
      return text.substring(from, to);
    }
  }

  private Node<T> walk(Node<T> node, String[] segments, int i, int end, List<String> values, HttpMethod method) {
    if (i == end) {
      return node.methods.isEmpty() || method != null && !node.methods.containsKey(method) ? null : node;
    }
    String s = segments[i];
    Node<T> literal = node.literals.get(s);
    if (literal != null) {
      Node<T> found = walk(literal, segments, i + 1, end, values, method);
      if (found != null) {
        return found;
      }
    }
    int mark = values.size();
    for (Mixed<T> m : node.mixed) {
      String[] matched = m.segment.match(s);
      if (matched != null) {
        Collections.addAll(values, matched);
        Node<T> found = walk(m.child, segments, i + 1, end, values, method);
        if (found != null) {
          return found;
        }
        values.subList(mark, values.size()).clear();
      }
    }
    if (node.parameter != null && !s.isEmpty()) {
      values.add(s);
      Node<T> found = walk(node.parameter, segments, i + 1, end, values, method);
      if (found != null) {
        return found;
      }
      values.remove(values.size() - 1);
    }
    return null;
  }

  private static final class Node<T> {
    final Map<String, Node<T>> literals = new HashMap<>();
    final List<Mixed<T>> mixed = new ArrayList<>();
    Node<T> parameter;
    final Map<HttpMethod, Entry<T>> methods = new EnumMap<>(HttpMethod.class);
  }

  private record Mixed<T>(PathTemplate.Segment segment, Node<T> child) {}

  /** Collects routes; {@link #build()} gives the router. */
  public static final class Builder<T> {
    private final Node<T> root = new Node<>();
    private final List<String> basePaths = new ArrayList<>();

    /** Adds {@code target} for {@code method} on {@code template}; the first one added for a method and path wins. */
    public Builder<T> add(String template, HttpMethod method, T target) {
      PathTemplate t = PathTemplate.parse(template);
      Node<T> node = root;
      for (PathTemplate.Segment s : t.segments()) {
        if (s.isLiteral()) {
          node = node.literals.computeIfAbsent(s.literal(), k -> new Node<>());
        } else if (s.isWholeParameter()) {
          if (node.parameter == null) {
            node.parameter = new Node<>();
          }
          node = node.parameter;
        } else {
          Node<T> child = null;
          for (Mixed<T> m : node.mixed) {
            if (m.segment.shape().equals(s.shape())) {
              child = m.child;
            }
          }
          if (child == null) {
            child = new Node<>();
            node.mixed.add(new Mixed<>(s, child));
            // more literal text first: {name}.json before {name}
            node.mixed.sort(Comparator.comparingInt((Mixed<T> m) -> -literalLength(m.segment)));
          }
          node = child;
        }
      }
      node.methods.putIfAbsent(method, new Entry<>(target, t));
      return this;
    }

    private static int literalLength(PathTemplate.Segment s) {
      return s.literals().stream().mapToInt(String::length).sum();
    }

    /** Server base paths ({@code /v1}) under which every path is also served. */
    public Builder<T> basePaths(Collection<String> paths) {
      for (String p : paths) {
        String b = p;
        while (b.endsWith("/")) {
          b = b.substring(0, b.length() - 1);
        }
        if (!b.isEmpty() && !basePaths.contains(b)) {
          basePaths.add(b.startsWith("/") ? b : "/" + b);
        }
      }
      return this;
    }

    public Router<T> build() {
      List<String> bases = new ArrayList<>(basePaths);
      bases.sort(Comparator.comparingInt(String::length).reversed());
      return new Router<>(root, List.copyOf(bases));
    }
  }

  /** Every base path, longest first. */
  public List<String> basePaths() {
    return basePaths;
  }

  /** For diagnostics: how many distinct path templates are routed. */
  public int size() {
    return count(root, new LinkedHashMap<>());
  }

  private int count(Node<T> node, Map<Node<T>, Boolean> seen) {
    if (seen.put(node, Boolean.TRUE) != null) {
      return 0;
    }
    int n = node.methods.isEmpty() ? 0 : 1;
    for (Node<T> c : node.literals.values()) {
      n += count(c, seen);
    }
    for (Mixed<T> m : node.mixed) {
      n += count(m.child, seen);
    }
    if (node.parameter != null) {
      n += count(node.parameter, seen);
    }
    return n;
  }
}
