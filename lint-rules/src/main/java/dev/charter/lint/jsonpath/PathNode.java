package dev.charter.lint.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.charter.core.parse.JsonPointers;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecFile;
import dev.charter.core.spec.SpecNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A node of a document as a JSONPath query sees it. In the resolved view a member that is a {@code
 * $ref} stands for its target: the query goes on from there, and the node's location ({@link
 * #file()}, {@link #pointer()}) is where the target is written, which is where findings about it
 * belong. {@link #path()} is the way the query came, as Spectral prints it.
 */
public final class PathNode {
  private final SpecFile file;
  private final JsonNode value;
  private final PathNode parent;
  /** The member name or array index this node was reached as; null at the root. */
  private final Object key;
  private final PathNode locationParent;
  private String pointer;

  private PathNode(SpecFile file, JsonNode value, PathNode parent, Object key, PathNode locationParent, String pointer) {
    this.file = file;
    this.value = value;
    this.parent = parent;
    this.key = key;
    this.locationParent = locationParent;
    this.pointer = pointer;
  }

  public static PathNode root(SpecFile file) {
    return new PathNode(file, file.root(), null, null, null, "");
  }

  /** A node given by its location, reached from {@code parent} as {@code key} (null for a root). */
  public static PathNode at(SpecNode node, PathNode parent, Object key) {
    return new PathNode(node.file(), node.value(), parent, key, null, node.pointer());
  }

  /**
   * The child {@code key} (a String member or Integer index), following a reference when {@code
   * document} is given; null when there is none.
   */
  public PathNode child(Object key, SpecDocument document) {
    JsonNode raw;
    if (key instanceof Integer i) {
      raw = value.isArray() ? value.get(i) : null;
    } else {
      raw = value.isObject() ? value.get((String) key) : null;
    }
    if (raw == null) {
      return null;
    }
    if (document != null && raw.isObject()) {
      JsonNode ref = raw.get("$ref");
      if (ref != null && ref.isTextual()) {
        SpecNode here = new SpecNode(document, file, childPointer(key), raw);
        SpecNode target = document.resolve(here);
        if (target != here) {
          return new PathNode(target.file(), target.value(), this, key, null, target.pointer());
        }
      }
    }
    return new PathNode(file, raw, this, key, this, null);
  }

  /** The name of this node as a value ({@code ~}), located at the member. */
  public PathNode asName() {
    return new PathNode(file, TextNode.valueOf(key == null ? "" : String.valueOf(key)), parent, key, locationParent,
        pointer);
  }

  private String childPointer(Object k) {
    return k instanceof Integer i ? JsonPointers.append(pointer(), i) : JsonPointers.append(pointer(), (String) k);
  }

  public SpecFile file() {
    return file;
  }

  public JsonNode value() {
    return value;
  }

  public PathNode parent() {
    return parent;
  }

  public Object key() {
    return key;
  }


  /** Where the node is written, in {@link #file()}. */
  public String pointer() {
    String p = pointer;
    if (p == null) {
      p = key instanceof Integer i ? JsonPointers.append(locationParent.pointer(), i)
          : JsonPointers.append(locationParent.pointer(), (String) key);
      pointer = p;
    }
    return p;
  }

  /** The keys from the query's root to here. */
  public List<Object> path() {
    List<Object> out = new ArrayList<>();
    for (PathNode n = this; n != null && n.key != null; n = n.parent) {
      out.add(n.key);
    }
    Collections.reverse(out);
    return out;
  }

  public SpecNode toSpecNode(SpecDocument document) {
    return new SpecNode(document, file, pointer(), value);
  }

  @Override
  public String toString() {
    return file.name() + "#" + pointer();
  }
}
