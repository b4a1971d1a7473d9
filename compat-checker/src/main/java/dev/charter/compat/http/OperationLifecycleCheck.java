package dev.charter.compat.http;

import dev.charter.compat.Bump;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.Check;
import dev.charter.compat.Judgement;
import dev.charter.core.model.HttpOperation;
import java.util.List;

/** An operation marked deprecated (minor, as semver says of deprecations), or no longer deprecated. */
final class OperationLifecycleCheck implements Check {
  static final ChangeKind DEPRECATED = ChangeKind.of("operation-deprecated", Bump.MINOR,
      "an operation was marked deprecated", OperationLifecycleCheck.class);
  static final ChangeKind REACTIVATED = ChangeKind.of("operation-reactivated", Bump.PATCH,
      "a deprecated operation is no longer deprecated", OperationLifecycleCheck.class);

  @Override
  public List<ChangeKind> kinds() {
    return List.of(DEPRECATED, REACTIVATED);
  }

  void check(HttpContext ctx, HttpOperation o, HttpOperation n, String subject) {
    if (!o.deprecated() && n.deprecated()) {
      String sunset = OperationRemovedCheck.sunset(n).map(s -> " with sunset " + s).orElse("");
      ctx.sink.add(DEPRECATED.id(), Judgement.harmless(Bump.MINOR), subject, "operation deprecated" + sunset,
          o.node(), n.node().get("deprecated").orElse(n.node()));
    } else if (o.deprecated() && !n.deprecated()) {
      ctx.sink.add(REACTIVATED.id(), Judgement.harmless(Bump.PATCH), subject, "operation no longer deprecated",
          o.node().get("deprecated").orElse(o.node()), n.node());
    }
  }
}
