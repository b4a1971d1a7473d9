package dev.charter.compat.http;

import dev.charter.compat.Bump;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.Check;
import dev.charter.compat.Judgement;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.spec.SpecNode;
import java.util.List;

/** A new operation or webhook: new functionality (minor); it breaks only new clients calling an old API. */
public final class OperationAddedCheck implements Check {
  public static final ChangeKind ADDED = ChangeKind.of("operation-added", Bump.MINOR,
      "an operation or webhook was added", OperationAddedCheck.class);

  @Override
  public List<ChangeKind> kinds() {
    return List.of(ADDED);
  }

  void check(HttpContext ctx, HttpOperation added, String subject, SpecNode oldParent) {
    ctx.sink.add(ADDED.id(), Judgement.addition(), subject, added.webhook() ? "webhook added" : "operation added",
        oldParent, added.node());
  }
}
