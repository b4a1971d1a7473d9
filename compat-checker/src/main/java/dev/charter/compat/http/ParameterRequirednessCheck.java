package dev.charter.compat.http;

import dev.charter.compat.ChangeKind;
import dev.charter.compat.Check;
import dev.charter.compat.Direction;
import dev.charter.compat.Effect;
import dev.charter.compat.Judgement;
import dev.charter.compat.Bump;
import dev.charter.core.model.Parameter;
import java.util.List;

/** A parameter that became required (requests without it are now rejected) or optional. */
final class ParameterRequirednessCheck implements Check {
  static final ChangeKind BECAME_REQUIRED = ChangeKind.of("request-parameter-became-required", Bump.MAJOR,
      "an optional parameter became required", ParameterRequirednessCheck.class);
  static final ChangeKind BECAME_OPTIONAL = ChangeKind.of("request-parameter-became-optional", Bump.MINOR,
      "a required parameter became optional", ParameterRequirednessCheck.class);

  @Override
  public List<ChangeKind> kinds() {
    return List.of(BECAME_REQUIRED, BECAME_OPTIONAL);
  }

  void check(HttpContext ctx, String subject, Parameter o, Parameter n, Direction direction) {
    if (!o.required() && n.required()) {
      ctx.sink.add(BECAME_REQUIRED.id(), Judgement.of(Effect.NARROWED, direction), subject,
          ParameterNames.describe(n) + " became required", o.node(), n.node().get("required").orElse(n.node()));
    } else if (o.required() && !n.required()) {
      ctx.sink.add(BECAME_OPTIONAL.id(), Judgement.of(Effect.WIDENED, direction), subject,
          ParameterNames.describe(n) + " became optional", o.node().get("required").orElse(o.node()), n.node());
    }
  }
}
