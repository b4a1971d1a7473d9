package dev.charter.compat.http;

import dev.charter.compat.Bump;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.Check;
import dev.charter.compat.Direction;
import dev.charter.compat.Effect;
import dev.charter.compat.Judgement;
import dev.charter.core.model.MediaType;
import dev.charter.core.model.Parameter;
import java.util.List;
import java.util.Set;

/**
 * How a parameter is written on the wire: {@code style} and {@code explode} (which only matter for
 * arrays and objects: {@code ?id=5} reads the same in every style), {@code allowEmptyValue},
 * {@code allowReserved}, and the media type of a parameter given by {@code content}. Swagger 2.0's
 * {@code collectionFormat} is read as the equivalent style.
 */
final class ParameterSerializationCheck implements Check {
  static final ChangeKind CHANGED = ChangeKind.of("request-parameter-serialization-changed", Bump.MAJOR,
      "major when values written the old way are no longer read the same (style, explode, media type, empty values no longer allowed); minor when only relaxed",
      "how a parameter is serialised changed", ParameterSerializationCheck.class);

  @Override
  public List<ChangeKind> kinds() {
    return List.of(CHANGED);
  }

  void check(HttpContext ctx, String subject, Parameter o, Parameter n, Direction direction) {
    String name = ParameterNames.describe(n);
    if (structured(ctx, o) || structured(ctx, n)) {
      if (!o.style().equals(n.style()) || o.explode() != n.explode()) {
        ctx.sink.add(CHANGED.id(), Judgement.incompatible(), subject, name + " serialisation changed from "
            + describe(o) + " to " + describe(n), o.node(), n.node());
      }
    }
    if (o.allowEmptyValue() != n.allowEmptyValue()) {
      Effect e = n.allowEmptyValue() ? Effect.WIDENED : Effect.NARROWED;
      ctx.sink.add(CHANGED.id(), Judgement.of(e, direction), subject, name
          + (n.allowEmptyValue() ? " now allows an empty value" : " no longer allows an empty value"), o.node(), n.node());
    }
    if (o.allowReserved() != n.allowReserved()) {
      Effect e = n.allowReserved() ? Effect.WIDENED : Effect.NARROWED;
      ctx.sink.add(CHANGED.id(), Judgement.of(e, direction), subject, name
          + (n.allowReserved() ? " now allows reserved characters unencoded" : " no longer allows reserved characters unencoded"),
          o.node(), n.node());
    }
    String om = o.content().stream().map(MediaType::mediaType).findFirst().orElse("");
    String nm = n.content().stream().map(MediaType::mediaType).findFirst().orElse("");
    if (!MediaTypes.normalise(om).equals(MediaTypes.normalise(nm))) {
      ctx.sink.add(CHANGED.id(), Judgement.incompatible(), subject, name + " content type changed from '"
          + (om.isEmpty() ? "none" : om) + "' to '" + (nm.isEmpty() ? "none" : nm) + "'", o.node(), n.node());
    }
  }

  private static String describe(Parameter p) {
    return "style " + p.style() + (p.explode() ? " exploded" : " not exploded");
  }

  /** Whether the parameter's value can be an array or object, the only values whose form style changes. */
  private static boolean structured(HttpContext ctx, Parameter p) {
    if (p.schema().isEmpty()) {
      return false;
    }
    var shape = p.node().document() == ctx.oldModel.document()
        ? ctx.schemas.oldShapes().of(p.schema().get()) : ctx.schemas.newShapes().of(p.schema().get());
    if (shape.isUnion()) {
      return true;
    }
    Set<String> types = shape.types().orElse(null);
    return types == null || types.contains("array") || types.contains("object");
  }
}
