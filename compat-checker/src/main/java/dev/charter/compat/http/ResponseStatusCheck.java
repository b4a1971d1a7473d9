package dev.charter.compat.http;

import dev.charter.compat.Bump;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.Check;
import dev.charter.compat.Direction;
import dev.charter.compat.Judgement;
import dev.charter.core.model.Response;
import dev.charter.core.spec.SpecNode;
import java.util.List;

/**
 * The statuses an operation documents. A status no longer documented is major: clients handle it.
 * A new non-error status (1xx, 2xx, 3xx) is major by default: strict and generated clients treat
 * an unknown success as a failure. A new error status, or a default response, is minor: clients
 * already handle failures they do not know. A status newly listed but already covered by a range
 * ({@code 2XX}) is judged by comparing the two responses.
 */
final class ResponseStatusCheck implements Check {
  static final ChangeKind REMOVED = ChangeKind.of("response-status-removed", Bump.MAJOR,
      "major; minor when a range or default response of the new version still covers it with compatible content",
      "a documented response status was removed", ResponseStatusCheck.class);
  static final ChangeKind SUCCESS_ADDED = ChangeKind.of("response-success-status-added", Bump.MAJOR,
      "major (clients do not expect it); minor when a range of the old version already covered it",
      "a non-error response status (1xx, 2xx, 3xx) was added", ResponseStatusCheck.class);
  static final ChangeKind ERROR_ADDED = ChangeKind.of("response-error-status-added", Bump.MINOR,
      "an error status (4xx, 5xx) or a default response was added", ResponseStatusCheck.class);

  @Override
  public List<ChangeKind> kinds() {
    return List.of(REMOVED, SUCCESS_ADDED, ERROR_ADDED);
  }

  /**
   * A status only the old version lists, {@code listed} where the old operation lists it; {@code
   * covering} is the new range or default response that covers it, if any.
   */
  void removed(HttpContext ctx, String subject, Response old, SpecNode listed, Response covering, SpecNode newResponses,
      Direction direction) {
    if (covering != null) {
      ctx.sink.add(REMOVED.id(), Judgement.harmless(Bump.MINOR), subject, "response " + old.status()
          + " no longer listed; it is now covered by response " + covering.status(), listed, covering.node());
      return;
    }
    ctx.sink.add(REMOVED.id(), Judgement.breaking(), subject, "response " + old.status() + " removed", listed,
        newResponses);
  }

  /**
   * A status only the new version lists, {@code listed} where the new operation lists it; {@code
   * covering} is the old range that covered it, if any.
   */
  void added(HttpContext ctx, String subject, Response added, SpecNode listed, Response covering, SpecNode oldResponses,
      Direction direction) {
    boolean error = added.isDefault() || added.statusClass() >= 4;
    if (covering != null) {
      ctx.sink.add((error ? ERROR_ADDED : SUCCESS_ADDED).id(), Judgement.harmless(Bump.MINOR), subject, "response "
          + added.status() + " added; it was covered by response " + covering.status(), covering.node(), listed);
      return;
    }
    if (error) {
      ctx.sink.add(ERROR_ADDED.id(), Judgement.addition(), subject, "response " + added.status() + " added",
          oldResponses, listed);
    } else {
      Judgement j = direction == Direction.OUTPUT ? Judgement.breaking() : Judgement.addition();
      ctx.sink.add(SUCCESS_ADDED.id(), j, subject, "response " + added.status() + (direction == Direction.OUTPUT
          ? " added: clients of the old version do not expect it" : " added: the API now also accepts it"),
          oldResponses, listed);
    }
  }
}
