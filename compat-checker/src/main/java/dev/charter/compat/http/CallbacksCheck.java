package dev.charter.compat.http;

import dev.charter.compat.Bump;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.Check;
import dev.charter.compat.Judgement;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.spec.SpecNode;
import java.util.List;

/**
 * Callbacks of an operation: requests the API makes to its clients. A callback removed is major
 * (clients wait for it); one added is minor. The operations of a callback that stays are compared
 * like any other, with directions reversed: the API sends the request and receives the response.
 */
final class CallbacksCheck implements Check {
  static final ChangeKind REMOVED = ChangeKind.of("callback-removed", Bump.MAJOR,
      "a callback was removed: clients waiting for it no longer get it", CallbacksCheck.class);
  static final ChangeKind ADDED = ChangeKind.of("callback-added", Bump.MINOR, "a callback was added", CallbacksCheck.class);

  @Override
  public List<ChangeKind> kinds() {
    return List.of(REMOVED, ADDED);
  }

  void removed(HttpContext ctx, String subject, HttpOperation.Callback cb, SpecNode newOp) {
    ctx.sink.add(REMOVED.id(), Judgement.breaking(), subject, "callback '" + cb.name() + "' (" + cb.expression() + ") removed",
        cb.node(), newOp);
  }

  void added(HttpContext ctx, String subject, HttpOperation.Callback cb, SpecNode oldOp) {
    ctx.sink.add(ADDED.id(), Judgement.addition(), subject, "callback '" + cb.name() + "' (" + cb.expression() + ") added",
        oldOp, cb.node());
  }
}
