package dev.charter.compat.http;

import dev.charter.compat.Bump;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.Check;
import dev.charter.compat.Judgement;
import dev.charter.core.model.Parameter;
import dev.charter.core.spec.SpecNode;
import java.util.List;
import java.util.Optional;

/**
 * A parameter that is gone. Major even when it was optional: old clients still send it and the
 * API no longer promises to honour it. The deprecation policy decides whether it fails the gate.
 */
final class ParameterRemovedCheck implements Check {
  static final ChangeKind REMOVED = ChangeKind.of("request-parameter-removed", Bump.MAJOR,
      "major, optional or not; a planned removal (deprecated, sunset passed or deprecated long enough) does not fail the gate",
      "a parameter was removed", ParameterRemovedCheck.class);

  @Override
  public List<ChangeKind> kinds() {
    return List.of(REMOVED);
  }

  void check(HttpContext ctx, String operationKey, String subject, Parameter old, SpecNode newParent) {
    Optional<String> sunset = old.node().text("x-sunset");
    Optional<String> planned = ctx.removals.reason(old.deprecated(), sunset,
        ctx.deprecatedSince.apply(operationKey, old.matchKey()));
    ctx.sink.add(REMOVED.id(), Judgement.breaking(), subject, ParameterNames.describe(old) + " removed"
        + (old.deprecated() ? " (it was deprecated)" : ""), old.node(), newParent, planned);
  }
}
