package dev.charter.compat.http;

import dev.charter.compat.Bump;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.Check;
import dev.charter.compat.Judgement;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.spec.SpecNode;
import java.util.List;

/**
 * Callbacks of an operation: requests the API makes to its clients. A callback removed, or one
 * of its requests (a method), is major (clients wait for it); one added is minor. The operations of a callback that stays are compared
 * like any other, with directions reversed: the API sends the request and receives the response.
 */
final class CallbacksCheck implements Check {
  static final ChangeKind REMOVED = ChangeKind.of("callback-removed", Bump.MAJOR,
      "a callback, or one of its requests, was removed: clients waiting for it no longer get it", CallbacksCheck.class);
  static final ChangeKind ADDED = ChangeKind.of("callback-added", Bump.MINOR, "a callback, or a request of one, was added", CallbacksCheck.class);

  @Override
  public List<ChangeKind> kinds() {
    return List.of(REMOVED, ADDED);
  }

  void removed(HttpContext ctx, String subject, HttpOperation.Callback cb, SpecNode newOp) {
    ctx.sink.add(REMOVED.id(), Judgement.breaking(), subject, "callback '" + cb.name() + "' (" + cb.expression() + ") removed",
        cb.node(), newOp);
  }

  /** One request of a callback that stays (its method) is no longer sent. */
  void operationRemoved(HttpContext ctx, String subject, HttpOperation.Callback cb, HttpOperation op, SpecNode newCallback) {
    ctx.sink.add(REMOVED.id(), Judgement.breaking(), subject, op.method() + " request of callback '" + cb.name() + "' ("
        + cb.expression() + ") removed", op.node(), newCallback);
  }

  /** A callback that stays is also sent with another method. */
  void operationAdded(HttpContext ctx, String subject, HttpOperation.Callback cb, HttpOperation op, SpecNode oldCallback) {
    ctx.sink.add(ADDED.id(), Judgement.addition(), subject, op.method() + " request of callback '" + cb.name() + "' ("
        + cb.expression() + ") added", oldCallback, op.node());
  }

  void added(HttpContext ctx, String subject, HttpOperation.Callback cb, SpecNode oldOp) {
    ctx.sink.add(ADDED.id(), Judgement.addition(), subject, "callback '" + cb.name() + "' (" + cb.expression() + ") added",
        oldOp, cb.node());
  }
}
