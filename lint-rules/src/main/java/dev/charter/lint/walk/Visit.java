package dev.charter.lint.walk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.parse.JsonPointers;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecFile;
import dev.charter.core.spec.SpecNode;

/**
 * One node as the walk meets it: its value, its type, the file it is written in, and how it was
 * reached. {@link #key()} and {@link #parent()} describe the way the walk came (for a node reached
 * through {@code $ref}: the member that holds the reference), {@link #pointer()} where the node
 * really is in {@link #file()}. The pointer is built only when asked for.
 */
public final class Visit {
  private final SpecFile file;
  private final JsonNode value;
  private final NodeType type;
  private final Visit parent;
  private final String key;
  private final int index;
  /** Set for the roots of walks (a file's root, a reference's target); children derive theirs. */
  private final Visit locationParent;
  private String pointer;

  private Visit(SpecFile file, JsonNode value, NodeType type, Visit parent, String key, int index,
      Visit locationParent, String pointer) {
    this.file = file;
    this.value = value;
    this.type = type;
    this.parent = parent;
    this.key = key;
    this.index = index;
    this.locationParent = locationParent;
    this.pointer = pointer;
  }

  static Visit root(SpecFile file, NodeType type) {
    return new Visit(file, file.root(), type, null, null, -1, null, "");
  }

  /** The target of a reference: reached as {@code via}'s key under its parent, written at {@code target}. */
  static Visit target(Visit via, SpecNode target, NodeType type) {
    return new Visit(target.file(), target.value(), type, via.parent, via.key, via.index, null, target.pointer());
  }

  Visit member(String name, JsonNode child, NodeType childType) {
    return new Visit(file, child, childType, this, name, -1, this, null);
  }

  Visit element(int i, JsonNode child, NodeType childType) {
    return new Visit(file, child, childType, this, null, i, this, null);
  }

  public SpecFile file() {
    return file;
  }

  public JsonNode value() {
    return value;
  }

  public NodeType type() {
    return type;
  }

  /** The node the walk came from; null at the root. */
  public Visit parent() {
    return parent;
  }

  /** The member name this node was reached as; null for an array element and the root. */
  public String key() {
    return key;
  }

  /** The array index this node was reached as, or -1. */
  public int index() {
    return index;
  }

  /** The JSON pointer of this node in {@link #file()}. */
  public String pointer() {
    String p = pointer;
    if (p == null) {
      p = key != null ? JsonPointers.append(locationParent.pointer(), key) : JsonPointers.append(locationParent.pointer(), index);
      pointer = p;
    }
    return p;
  }

  /** The way the walk came, as keys from the document root (through references). */
  public java.util.List<Object> path() {
    java.util.ArrayList<Object> out = new java.util.ArrayList<>();
    for (Visit v = this; v != null && v.parent != null; v = v.parent) {
      out.add(v.key != null ? v.key : (Object) Integer.valueOf(v.index));
    }
    java.util.Collections.reverse(out);
    return out;
  }

  /** The pointer of a member of this node (which need not exist). */
  public String pointer(String member) {
    return JsonPointers.append(pointer(), member);
  }

  public boolean isObject() {
    return value.isObject();
  }

  public JsonNode get(String member) {
    return value.isObject() ? value.get(member) : null;
  }

  public boolean has(String member) {
    return value.isObject() && value.has(member);
  }

  public SpecNode toSpecNode(SpecDocument document) {
    return new SpecNode(document, file, pointer(), value);
  }

  @Override
  public String toString() {
    return type + "@" + file.name() + "#" + pointer();
  }
}
