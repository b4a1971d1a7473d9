package dev.charter.compat.async;

import dev.charter.compat.Bump;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.Check;
import dev.charter.compat.Comparison;
import dev.charter.compat.Judgement;
import dev.charter.core.model.AsyncMessage;
import java.util.List;
import java.util.Optional;

/** Where a message's correlation id is read from: consumers that correlate by it look elsewhere now. */
final class CorrelationIdCheck implements Check {
  static final ChangeKind CHANGED = ChangeKind.of("message-correlation-id-changed", Bump.MAJOR,
      "major when the location changed or was removed, minor when one was added",
      "where a message's correlation id is found changed", CorrelationIdCheck.class);

  @Override
  public List<ChangeKind> kinds() {
    return List.of(CHANGED);
  }

  void check(Comparison c, String subject, AsyncMessage o, AsyncMessage n) {
    Optional<String> ol = o.correlationId().flatMap(x -> x.text("location"));
    Optional<String> nl = n.correlationId().flatMap(x -> x.text("location"));
    if (ol.equals(nl)) {
      return;
    }
    Judgement j = ol.isEmpty() ? Judgement.addition() : Judgement.incompatible();
    c.sink().add(CHANGED.id(), j, subject, "message '" + n.key() + "' correlation id changed from "
        + ol.map(x -> "'" + x + "'").orElse("none") + " to " + nl.map(x -> "'" + x + "'").orElse("none"),
        o.correlationId().orElse(o.node()), n.correlationId().orElse(n.node()));
  }
}
