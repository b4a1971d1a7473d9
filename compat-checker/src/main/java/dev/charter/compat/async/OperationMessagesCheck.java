package dev.charter.compat.async;

import dev.charter.compat.Bump;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.Check;
import dev.charter.compat.Comparison;
import dev.charter.compat.Direction;
import dev.charter.compat.Effect;
import dev.charter.compat.Judgement;
import dev.charter.core.model.AsyncMessage;
import dev.charter.core.spec.SpecNode;
import java.util.List;

/**
 * The messages an operation carries: for what the application sends, a new message is one its
 * consumers do not know (major) and a message gone is minor; for what it receives, the other way
 * round, as with the variants of a union.
 */
final class OperationMessagesCheck implements Check {
  static final ChangeKind ADDED = ChangeKind.of("operation-message-added", Bump.MAJOR,
      "major when the application sends it (consumers do not know it), minor when it receives it",
      "a message was added to an operation", OperationMessagesCheck.class);
  static final ChangeKind REMOVED = ChangeKind.of("operation-message-removed", Bump.MAJOR,
      "major when the application receives it (senders are ignored), minor when it sends it",
      "a message was removed from an operation", OperationMessagesCheck.class);

  @Override
  public List<ChangeKind> kinds() {
    return List.of(ADDED, REMOVED);
  }

  void added(Comparison c, String subject, AsyncMessage m, SpecNode oldParent, Direction direction) {
    c.sink().add(ADDED.id(), Judgement.of(Effect.WIDENED, direction), subject, "message '" + m.key() + "' added",
        oldParent, m.node());
  }

  void removed(Comparison c, String subject, AsyncMessage m, SpecNode newParent, Direction direction) {
    c.sink().add(REMOVED.id(), Judgement.of(Effect.NARROWED, direction), subject, "message '" + m.key() + "' removed",
        m.node(), newParent);
  }
}
