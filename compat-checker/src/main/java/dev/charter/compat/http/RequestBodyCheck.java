package dev.charter.compat.http;

import dev.charter.compat.Bump;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.Check;
import dev.charter.compat.Direction;
import dev.charter.compat.Effect;
import dev.charter.compat.Judgement;
import dev.charter.core.model.RequestBody;
import dev.charter.core.spec.SpecNode;
import java.util.List;

/** Whether an operation takes a request body, and whether it must. */
final class RequestBodyCheck implements Check {
  static final ChangeKind ADDED = ChangeKind.of("request-body-added", Bump.MINOR,
      "an optional request body was added", RequestBodyCheck.class);
  static final ChangeKind REQUIRED_ADDED = ChangeKind.of("request-required-body-added", Bump.MAJOR,
      "major (minor in a webhook or callback request, which the API sends)",
      "a required request body was added", RequestBodyCheck.class);
  static final ChangeKind REMOVED = ChangeKind.of("request-body-removed", Bump.MAJOR,
      "the request body was removed: what old clients send is no longer described", RequestBodyCheck.class);
  static final ChangeKind BECAME_REQUIRED = ChangeKind.of("request-body-became-required", Bump.MAJOR,
      "the request body became required", RequestBodyCheck.class);
  static final ChangeKind BECAME_OPTIONAL = ChangeKind.of("request-body-became-optional", Bump.MINOR,
      "the request body became optional", RequestBodyCheck.class);

  @Override
  public List<ChangeKind> kinds() {
    return List.of(ADDED, REQUIRED_ADDED, REMOVED, BECAME_REQUIRED, BECAME_OPTIONAL);
  }

  /** Reports presence and requiredness; true when both sides have a body whose content is to be compared. */
  boolean check(HttpContext ctx, String subject, java.util.Optional<RequestBody> o, java.util.Optional<RequestBody> n,
      SpecNode oldOp, SpecNode newOp, Direction direction) {
    if (o.isEmpty() && n.isEmpty()) {
      return false;
    }
    if (o.isEmpty()) {
      RequestBody b = n.get();
      Judgement j = direction == Direction.INPUT
          ? (b.required() ? Judgement.breaking() : Judgement.addition())
          : new Judgement(false, b.required(), Bump.MINOR);
      ctx.sink.add(b.required() ? REQUIRED_ADDED.id() : ADDED.id(), j, subject,
          (b.required() ? "required " : "") + "request body added", oldOp, b.node());
      return false;
    }
    if (n.isEmpty()) {
      ctx.sink.add(REMOVED.id(), Judgement.breaking(), subject, "request body removed", o.get().node(), newOp);
      return false;
    }
    if (!o.get().required() && n.get().required()) {
      ctx.sink.add(BECAME_REQUIRED.id(), Judgement.of(Effect.NARROWED, direction), subject, "request body became required",
          o.get().node(), n.get().node().get("required").orElse(n.get().node()));
    } else if (o.get().required() && !n.get().required()) {
      ctx.sink.add(BECAME_OPTIONAL.id(), Judgement.of(Effect.WIDENED, direction), subject, "request body became optional",
          o.get().node().get("required").orElse(o.get().node()), n.get().node());
    }
    return true;
  }
}
