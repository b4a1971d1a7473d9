package dev.charter.compat.async;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.compat.Bump;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.Check;
import dev.charter.compat.Comparison;
import dev.charter.compat.Direction;
import dev.charter.compat.Effect;
import dev.charter.compat.Judgement;
import dev.charter.compat.schema.Shapes;
import dev.charter.core.model.SchemaDialect;
import dev.charter.core.model.SchemaView;
import dev.charter.core.spec.SpecNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Channel parameters: the values the variable parts of an address may take. Two 2.x parameters are
 * compared by their schemas; a 3.x parameter has no schema (it is a string with an optional enum and
 * default), so where either side is 3.x the enum and default are compared. Changes carry the
 * {@code message-} schema ids, judged in the operation's direction.
 */
final class ChannelParametersCheck implements Check {

  @Override
  public List<ChangeKind> kinds() {
    return List.of();
  }

  void check(Comparison c, String subject, Map<String, SpecNode> old, Map<String, SpecNode> neu, boolean oldV3,
      boolean newV3, Direction direction) {
    for (Map.Entry<String, SpecNode> e : old.entrySet()) {
      SpecNode o = e.getValue();
      SpecNode n = neu.get(e.getKey());
      if (n == null) {
        continue;
      }
      String where = "channel parameter '" + e.getKey() + "'";
      if (!oldV3 && !newV3) {
        c.schema(subject, "message", where, o.get("schema").map(s -> SchemaView.of(s, SchemaDialect.ASYNCAPI)),
            n.get("schema").map(s -> SchemaView.of(s, SchemaDialect.ASYNCAPI)), direction, o, n);
        continue;
      }
      values(c, subject, where, o, n, oldV3, newV3, direction);
      if (!o.text("description").equals(n.text("description"))) {
        c.documentation(subject, "description of " + where, o, n);
      }
    }
  }

  private static void values(Comparison c, String subject, String where, SpecNode o, SpecNode n, boolean oldV3,
      boolean newV3, Direction direction) {
    SpecNode os = oldV3 ? o : o.get("schema").map(SpecNode::resolved).orElse(o);
    SpecNode ns = newV3 ? n : n.get("schema").map(SpecNode::resolved).orElse(n);
    Optional<Map<String, JsonNode>> ov = enumOf(os);
    Optional<Map<String, JsonNode>> nv = enumOf(ns);
    if (ov.isPresent() && nv.isPresent()) {
      List<String> removed = new ArrayList<>(ov.get().keySet());
      removed.removeAll(nv.get().keySet());
      List<String> added = new ArrayList<>(nv.get().keySet());
      added.removeAll(ov.get().keySet());
      if (!removed.isEmpty()) {
        c.sink().add("message-enum-value-removed", Judgement.of(Effect.NARROWED, direction), subject,
            where + ": enum values " + String.join(", ", removed) + " removed", os, ns);
      }
      if (!added.isEmpty()) {
        c.sink().add("message-enum-value-added", Judgement.of(Effect.WIDENED, direction), subject,
            where + ": enum values " + String.join(", ", added) + " added", os, ns);
      }
    } else if (ov.isEmpty() && nv.isPresent()) {
      c.sink().add("message-became-enum", Judgement.of(Effect.NARROWED, direction), subject,
          where + ": values limited to " + String.join(", ", nv.get().keySet()), os, ns);
    } else if (ov.isPresent()) {
      c.sink().add("message-enum-removed", Judgement.of(Effect.WIDENED, direction), subject,
          where + ": enum removed", os, ns);
    }
    String od = os.get("default").map(x -> Shapes.canonical(x.value())).orElse("");
    String nd = ns.get("default").map(x -> Shapes.canonical(x.value())).orElse("");
    if (!od.equals(nd)) {
      Judgement j = direction == Direction.INPUT ? Judgement.incompatible() : Judgement.harmless(Bump.PATCH);
      c.sink().add("message-default-changed", j, subject, where + ": default changed from "
          + (od.isEmpty() ? "none" : od) + " to " + (nd.isEmpty() ? "none" : nd), os, ns);
    }
  }

  private static Optional<Map<String, JsonNode>> enumOf(SpecNode schema) {
    Optional<SpecNode> e = schema.get("enum");
    if (e.isEmpty()) {
      return Optional.empty();
    }
    Map<String, JsonNode> out = new LinkedHashMap<>();
    e.get().elements().forEach(x -> out.put(Shapes.canonical(x.value()), x.value()));
    return Optional.of(out);
  }
}
