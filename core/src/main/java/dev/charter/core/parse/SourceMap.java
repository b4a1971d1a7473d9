package dev.charter.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where every node of one parsed document came from. Positions are kept per container (object or
 * array, which are always distinct instances) as packed longs, so a 4 MB spec costs a few MB here
 * rather than a map entry per JSON pointer. A pointer is located by walking the tree alongside.
 */
public final class SourceMap {

  /** The positions of the members of one object or the elements of one array. */
  static final class Entries {
    /** Member names in the order read (duplicates included); null for arrays. */
    String[] keys;
    /** Objects: keyStart, valueStart, valueEnd per member. Arrays: valueStart, valueEnd per element. */
    long[] data;
    int size;

    Entries(boolean object, int capacity) {
      keys = object ? new String[capacity] : null;
      data = new long[Math.max(2, capacity * (object ? 3 : 2))];
    }

    void addMember(String key, long keyStart, long valueStart, long valueEnd) {
      if (size == keys.length) {
        keys = java.util.Arrays.copyOf(keys, Math.max(4, size * 2));
      }
      ensure((size + 1) * 3);
      keys[size] = key;
      data[size * 3] = keyStart;
      data[size * 3 + 1] = valueStart;
      data[size * 3 + 2] = valueEnd;
      size++;
    }

    void addElement(long valueStart, long valueEnd) {
      ensure((size + 1) * 2);
      data[size * 2] = valueStart;
      data[size * 2 + 1] = valueEnd;
      size++;
    }

    private void ensure(int length) {
      if (data.length < length) {
        data = java.util.Arrays.copyOf(data, Math.max(length, data.length * 2));
      }
    }

    /** The last occurrence wins, as it does in the tree. */
    NodeSpan member(String key) {
      for (int i = size - 1; i >= 0; i--) {
        if (keys[i].equals(key)) {
          return span(data[i * 3], data[i * 3 + 1], data[i * 3 + 2]);
        }
      }
      return null;
    }

    NodeSpan element(int index) {
      if (index < 0 || index >= size) {
        return null;
      }
      return span(0, data[index * 2], data[index * 2 + 1]);
    }
  }

  private final JsonNode root;
  private final Map<JsonNode, Entries> entries;
  private final NodeSpan rootSpan;

  SourceMap(JsonNode root, IdentityHashMap<JsonNode, Entries> entries, long rootStart, long rootEnd) {
    this.root = root;
    this.entries = entries;
    this.rootSpan = span(0, rootStart, rootEnd);
  }

  /** A map for a tree built elsewhere (in memory): every lookup answers with unknown positions. */
  public static SourceMap empty(JsonNode root) {
    return new SourceMap(root, new IdentityHashMap<>(), 0, 0);
  }

  private static NodeSpan span(long key, long start, long end) {
    return new NodeSpan(TextPosition.unpack(key), TextPosition.unpack(start), TextPosition.unpack(end));
  }

  /** The span of the node at {@code pointer}, if that node exists. */
  public Optional<NodeSpan> span(String pointer) {
    Lookup l = lookup(JsonPointers.split(pointer));
    return l.complete ? Optional.ofNullable(l.span) : Optional.empty();
  }

  /**
   * The span of the node at {@code pointer} or, when it does not exist, of its deepest existing
   * ancestor: a finding about a missing member is shown where the member should have been.
   */
  public NodeSpan closestSpan(String pointer) {
    Lookup l = lookup(JsonPointers.split(pointer));
    return l.span == null ? rootSpan : l.span;
  }

  /** The positions of the members of an object node of this document, or of elements of an array. */
  public NodeSpan spanOfChild(JsonNode container, String key) {
    Entries e = entries.get(container);
    if (e == null) {
      return null;
    }
    if (e.keys != null) {
      return e.member(key);
    }
    try {
      return e.element(Integer.parseInt(key));
    } catch (NumberFormatException ex) {
      return null;
    }
  }

  public NodeSpan rootSpan() {
    return rootSpan;
  }

  private record Lookup(NodeSpan span, boolean complete) {}

  private Lookup lookup(List<String> tokens) {
    JsonNode node = root;
    NodeSpan span = rootSpan;
    for (String token : tokens) {
      if (node == null) {
        return new Lookup(span, false);
      }
      NodeSpan child = spanOfChild(node, token);
      JsonNode next = node.isObject() ? node.get(token) : node.isArray() ? arrayGet(node, token) : null;
      if (next == null) {
        return new Lookup(span, false);
      }
      if (child != null) {
        span = child;
      }
      node = next;
    }
    return new Lookup(span, true);
  }

  private static JsonNode arrayGet(JsonNode array, String token) {
    try {
      return array.get(Integer.parseInt(token));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
