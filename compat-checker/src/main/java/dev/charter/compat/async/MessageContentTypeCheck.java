package dev.charter.compat.async;

import dev.charter.compat.Bump;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.Check;
import dev.charter.compat.Comparison;
import dev.charter.compat.Judgement;
import dev.charter.core.model.AsyncMessage;
import java.util.List;
import java.util.Locale;

/** The content type of a message (its own, else the document's {@code defaultContentType}). */
final class MessageContentTypeCheck implements Check {
  static final ChangeKind CHANGED = ChangeKind.of("message-content-type-changed", Bump.MAJOR,
      "a message's content type changed: the bytes are written differently", MessageContentTypeCheck.class);

  @Override
  public List<ChangeKind> kinds() {
    return List.of(CHANGED);
  }

  void check(Comparison c, String subject, AsyncMessage o, AsyncMessage n) {
    String ot = o.contentType().map(MessageContentTypeCheck::normalise).orElse("application/json");
    String nt = n.contentType().map(MessageContentTypeCheck::normalise).orElse("application/json");
    if (!ot.equals(nt)) {
      c.sink().add(CHANGED.id(), Judgement.incompatible(), subject, "message '" + n.key() + "' content type changed from '"
          + ot + "' to '" + nt + "'", o.node(), n.node());
    }
  }

  private static String normalise(String t) {
    String s = t.toLowerCase(Locale.ROOT);
    int semi = s.indexOf(';');
    return (semi < 0 ? s : s.substring(0, semi)).trim();
  }
}
