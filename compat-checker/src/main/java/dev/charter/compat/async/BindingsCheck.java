package dev.charter.compat.async;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.compat.Bump;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.Check;
import dev.charter.compat.Comparison;
import dev.charter.compat.Judgement;
import dev.charter.compat.schema.Shapes;
import dev.charter.core.spec.SpecNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Protocol bindings of a channel, operation or message: they say how the message travels (an MQTT
 * QoS, a Kafka topic or key, an AMQP exchange, an HTTP method). A binding whose wire fields
 * changed is major; {@code bindingVersion} and descriptions are not the wire and are ignored.
 */
final class BindingsCheck implements Check {
  static final ChangeKind CHANGED = ChangeKind.of("bindings-changed", Bump.MAJOR,
      "major when a protocol binding changed or was removed; minor when one was added; patch for a protocol no server speaks",
      "a protocol binding changed how messages travel", BindingsCheck.class);
  private static final Set<String> NOT_WIRE = Set.of("bindingVersion", "description", "summary");

  @Override
  public List<ChangeKind> kinds() {
    return List.of(CHANGED);
  }

  /**
   * @param protocols the protocols the servers speak; a binding for another protocol is not the
   *     wire of this API (documentation only). Empty when no server says.
   */
  void check(Comparison c, String subject, String what, Optional<SpecNode> o, Optional<SpecNode> n,
      SpecNode oldOwner, SpecNode newOwner, Set<String> protocols) {
    Set<String> named = new TreeSet<>();
    o.ifPresent(x -> x.value().fieldNames().forEachRemaining(named::add));
    n.ifPresent(x -> x.value().fieldNames().forEachRemaining(named::add));
    for (String protocol : named) {
      if (protocol.startsWith("x-")) {
        continue;
      }
      Optional<SpecNode> ob = o.flatMap(x -> x.get(protocol)).map(SpecNode::resolved);
      Optional<SpecNode> nb = n.flatMap(x -> x.get(protocol)).map(SpecNode::resolved);
      String ov = ob.map(x -> Shapes.canonical(wire(x.value()))).orElse("");
      String nv = nb.map(x -> Shapes.canonical(wire(x.value()))).orElse("");
      if (ov.equals(nv) || (ov.equals("{}") && nv.isEmpty()) || (ov.isEmpty() && nv.equals("{}"))) {
        continue;
      }
      boolean wire = protocols.isEmpty() || protocols.contains(protocol.toLowerCase(java.util.Locale.ROOT));
      Judgement j = !wire ? Judgement.harmless(Bump.PATCH) : ob.isEmpty() ? Judgement.addition() : Judgement.incompatible();
      String how = ob.isEmpty() ? "added" : nb.isEmpty() ? "removed" : "changed" + fields(ob.get().value(), nb.get().value());
      c.sink().add(CHANGED.id(), j, subject, what + " " + protocol + " binding " + how
          + (wire ? "" : " (no server speaks " + protocol + ", so it does not change the wire)"),
          ob.orElse(o.orElse(oldOwner)), nb.orElse(n.orElse(newOwner)));
    }
  }

  private static JsonNode wire(JsonNode binding) {
    if (!binding.isObject()) {
      return binding;
    }
    ObjectNode copy = ((ObjectNode) binding).deepCopy();
    copy.remove(NOT_WIRE);
    List<String> ext = new ArrayList<>();
    copy.fieldNames().forEachRemaining(f -> {
      if (f.startsWith("x-")) {
        ext.add(f);
      }
    });
    copy.remove(ext);
    return copy;
  }

  private static String fields(JsonNode o, JsonNode n) {
    Set<String> changed = new TreeSet<>();
    for (Map.Entry<String, JsonNode> e : o.properties()) {
      if (!NOT_WIRE.contains(e.getKey()) && !Shapes.canonical(e.getValue()).equals(Shapes.canonical(n.path(e.getKey())))) {
        changed.add(e.getKey());
      }
    }
    n.fieldNames().forEachRemaining(f -> {
      if (!NOT_WIRE.contains(f) && !o.has(f)) {
        changed.add(f);
      }
    });
    return changed.isEmpty() ? "" : " (" + String.join(", ", changed) + ")";
  }
}
