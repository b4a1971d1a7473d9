package dev.charter.compat.async;

import dev.charter.compat.Bump;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.Check;
import dev.charter.compat.Comparison;
import dev.charter.compat.Judgement;
import dev.charter.core.spec.SpecNode;
import java.util.List;

/** The reply of an AsyncAPI 3 request/reply operation: removed (major, requesters wait for it) or added. */
final class ReplyCheck implements Check {
  static final ChangeKind REMOVED = ChangeKind.of("operation-reply-removed", Bump.MAJOR,
      "an operation no longer replies", ReplyCheck.class);
  static final ChangeKind ADDED = ChangeKind.of("operation-reply-added", Bump.MINOR,
      "an operation now replies", ReplyCheck.class);
  static final ChangeKind ADDRESS_CHANGED = ChangeKind.of("operation-reply-address-changed", Bump.MAJOR,
      "the address a reply is sent to changed", ReplyCheck.class);

  @Override
  public List<ChangeKind> kinds() {
    return List.of(REMOVED, ADDED, ADDRESS_CHANGED);
  }

  void removed(Comparison c, String subject, SpecNode reply, SpecNode newOp) {
    c.sink().add(REMOVED.id(), Judgement.breaking(), subject, "reply removed", reply, newOp);
  }

  void added(Comparison c, String subject, SpecNode oldOp, SpecNode reply) {
    c.sink().add(ADDED.id(), Judgement.addition(), subject, "reply added", oldOp, reply);
  }

  void addressChanged(Comparison c, String subject, String from, String to, SpecNode o, SpecNode n) {
    c.sink().add(ADDRESS_CHANGED.id(), Judgement.incompatible(), subject, "reply address changed from '" + from
        + "' to '" + to + "'", o, n);
  }
}
