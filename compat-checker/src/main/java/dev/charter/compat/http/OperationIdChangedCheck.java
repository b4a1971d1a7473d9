package dev.charter.compat.http;

import dev.charter.compat.Bump;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.Check;
import dev.charter.compat.Judgement;
import dev.charter.core.model.HttpOperation;
import java.util.List;

/**
 * The operationId changed. Nothing changes on the wire, but generated clients name their methods
 * after it, so code written against them stops compiling: minor by default (raise it to major in
 * {@code diff.bumps} when you ship generated SDKs).
 */
final class OperationIdChangedCheck implements Check {
  static final ChangeKind CHANGED = ChangeKind.of("operation-id-changed", Bump.MINOR,
      "minor (generated clients rename a method; make it major in diff.bumps for SDK users)",
      "the operationId changed", OperationIdChangedCheck.class);

  @Override
  public List<ChangeKind> kinds() {
    return List.of(CHANGED);
  }

  void check(HttpContext ctx, HttpOperation o, HttpOperation n, String subject) {
    // Added or removed counts too: generators then name the method after the path instead.
    if (!o.operationId().equals(n.operationId())) {
      ctx.sink.add(CHANGED.id(), Judgement.harmless(Bump.MINOR), subject, "operationId changed from "
          + o.operationId().map(x -> "'" + x + "'").orElse("none") + " to " + n.operationId().map(x -> "'" + x + "'").orElse("none"),
          o.node().get("operationId").orElse(o.node()), n.node().get("operationId").orElse(n.node()));
    }
  }
}
