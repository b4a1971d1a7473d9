package dev.charter.lint.walk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.spec.RefSite;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecNode;
import dev.charter.lint.SpecFormat;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The single walk over a document. Every object and array of the root file is visited where it is
 * written; a {@code $ref} is followed into its target, which is visited with the type the reference
 * gives it, so the content of other files is walked exactly as far as the spec uses it. A target is
 * walked once per type, so shared and recursive definitions cost one visit each.
 *
 * <p>Cost is linear in the size of the document: one {@link Visit} per object and array, nothing per
 * scalar, and a membership test per node against the (usually small) set of reference targets.
 */
public final class DocumentWalker {

  /** Receives the nodes of the walk. */
  public interface Listener {
    /** Every object and array, references and data included. */
    void any(Visit node);

    /** Every node of a known type that is not just a reference (the reference's target is visited instead). */
    void typed(Visit node);
  }

  private final SpecDocument document;
  private final TypeTree types;
  private final boolean siblingsApply;
  private final Listener listener;
  /** Containers some reference points at: only these can be reached twice, so only these are remembered. */
  private final Set<JsonNode> targets;
  private final Map<JsonNode, EnumSet<NodeType>> walked = new IdentityHashMap<>();

  public DocumentWalker(SpecDocument document, SpecFormat format, Listener listener) {
    this.document = document;
    this.types = new TypeTree(format);
    this.siblingsApply = format != SpecFormat.OAS2 && format != SpecFormat.OAS3_0;
    this.listener = listener;
    this.targets = referenceTargets(document);
  }

  private static Set<JsonNode> referenceTargets(SpecDocument document) {
    Set<JsonNode> out = Collections.newSetFromMap(new IdentityHashMap<>());
    for (RefSite site : document.refs()) {
      Optional<SpecNode> t = document.target(site.file(), site.ref());
      if (t.isPresent() && t.get().value().isContainerNode()) {
        out.add(t.get().value());
      }
    }
    return out;
  }

  public void walk() {
    walk(Visit.root(document.root(), NodeType.ROOT));
  }

  private void walk(Visit v) {
    JsonNode value = v.value();
    if (!value.isContainerNode()) {
      return;
    }
    NodeType type = v.type();
    if (targets.contains(value)) {
      EnumSet<NodeType> seen = walked.computeIfAbsent(value, k -> EnumSet.noneOf(NodeType.class));
      if (!seen.add(type)) {
        return;
      }
    }
    listener.any(v);
    if (value.isArray()) {
      if (type != NodeType.DATA && type != NodeType.UNKNOWN) {
        listener.typed(v);
      }
      for (int i = 0; i < value.size(); i++) {
        JsonNode child = value.get(i);
        if (child.isContainerNode()) {
          walk(v.element(i, child, types.element(type, child)));
        }
      }
      return;
    }
    JsonNode ref = value.get("$ref");
    boolean isRef = ref != null && ref.isTextual() && type.followsReferences();
    if (type != NodeType.DATA && type != NodeType.UNKNOWN && (!isRef || (type == NodeType.SCHEMA && siblingsApply
        && value.size() > 1))) {
      listener.typed(v);
    }
    if (isRef) {
      Optional<SpecNode> target = document.target(v.file(), ref.asText());
      if (target.isPresent() && target.get().value() != value) {
        walk(Visit.target(v, target.get(), type));
      }
    }
    Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      JsonNode child = f.getValue();
      if (child.isContainerNode()) {
        walk(v.member(f.getKey(), child, types.member(type, value, f.getKey(), child)));
      }
    }
  }
}
