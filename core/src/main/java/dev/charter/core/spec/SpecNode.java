package dev.charter.core.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Location;
import dev.charter.core.parse.JsonPointers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A node of a loaded spec together with where it is: its file and JSON pointer. Navigation keeps
 * track of both, and {@link #resolved()} follows {@code $ref}s across files, so a finding about any
 * node, even one reached through references, names the file and line it is really in.
 */
public record SpecNode(SpecDocument document, SpecFile file, String pointer, JsonNode value) {

  public Location location() {
    return file.locate(pointer);
  }

  public boolean isObject() {
    return value.isObject();
  }

  public boolean isArray() {
    return value.isArray();
  }

  public boolean isText() {
    return value.isTextual();
  }

  public boolean has(String key) {
    return value.has(key);
  }

  /** True when this node is a reference object ({@code $ref} with a string value). */
  public boolean isRef() {
    JsonNode ref = value.get("$ref");
    return ref != null && ref.isTextual();
  }

  public Optional<String> ref() {
    return isRef() ? Optional.of(value.get("$ref").asText()) : Optional.empty();
  }

  /** The member {@code key}, if this is an object that has it. Does not follow {@code $ref}. */
  public Optional<SpecNode> get(String key) {
    JsonNode child = value.isObject() ? value.get(key) : null;
    return child == null
        ? Optional.empty()
        : Optional.of(new SpecNode(document, file, JsonPointers.append(pointer, key), child));
  }

  public Optional<SpecNode> get(int index) {
    JsonNode child = value.isArray() ? value.get(index) : null;
    return child == null
        ? Optional.empty()
        : Optional.of(new SpecNode(document, file, JsonPointers.append(pointer, index), child));
  }

  /** {@code get(key)} then {@link #resolved()}. */
  public Optional<SpecNode> getResolved(String key) {
    return get(key).map(SpecNode::resolved);
  }

  /** The text of member {@code key}, if it is a string. */
  public Optional<String> text(String key) {
    JsonNode child = value.get(key);
    return child != null && child.isTextual() ? Optional.of(child.asText()) : Optional.empty();
  }

  /**
   * The node this one stands for: itself when it is not a reference, else the end of its chain of
   * {@code $ref}s. A reference that could not be followed (refused remote ref) stays as it is.
   */
  public SpecNode resolved() {
    return isRef() ? document.resolve(this) : this;
  }

  /** The members of an object, in document order. Empty for anything else. */
  public List<Map.Entry<String, SpecNode>> fields() {
    if (!value.isObject()) {
      return List.of();
    }
    List<Map.Entry<String, SpecNode>> out = new ArrayList<>(value.size());
    Iterator<Map.Entry<String, JsonNode>> it = value.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      out.add(Map.entry(e.getKey(), new SpecNode(document, file, JsonPointers.append(pointer, e.getKey()), e.getValue())));
    }
    return out;
  }

  /** The elements of an array. Empty for anything else. */
  public List<SpecNode> elements() {
    if (!value.isArray()) {
      return List.of();
    }
    List<SpecNode> out = new ArrayList<>(value.size());
    for (int i = 0; i < value.size(); i++) {
      out.add(new SpecNode(document, file, JsonPointers.append(pointer, i), value.get(i)));
    }
    return out;
  }

  @Override
  public String toString() {
    return file.name() + "#" + pointer;
  }
}
