package dev.charter.compat.http;

import dev.charter.compat.Bump;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.Check;
import dev.charter.compat.Direction;
import dev.charter.compat.Judgement;
import dev.charter.core.model.Parameter;
import dev.charter.core.spec.SpecNode;
import java.util.List;

/** A new parameter: optional ones are additions (minor); a required one rejects every old request (major). */
final class ParameterAddedCheck implements Check {
  static final ChangeKind ADDED = ChangeKind.of("request-parameter-added", Bump.MINOR,
      "an optional parameter was added", ParameterAddedCheck.class);
  static final ChangeKind REQUIRED_ADDED = ChangeKind.of("request-required-parameter-added", Bump.MAJOR,
      "major (minor in a webhook or callback request, which the API sends)",
      "a required parameter was added", ParameterAddedCheck.class);

  @Override
  public List<ChangeKind> kinds() {
    return List.of(ADDED, REQUIRED_ADDED);
  }

  void check(HttpContext ctx, String subject, Parameter added, SpecNode oldParent, Direction direction) {
    Judgement j;
    if (direction == Direction.INPUT) {
      j = added.required() ? Judgement.breaking() : Judgement.addition();
    } else {
      j = new Judgement(false, added.required(), Bump.MINOR);
    }
    ctx.sink.add(added.required() ? REQUIRED_ADDED.id() : ADDED.id(), j, subject,
        (added.required() ? "required " : "") + ParameterNames.describe(added) + " added", oldParent, added.node());
  }
}
