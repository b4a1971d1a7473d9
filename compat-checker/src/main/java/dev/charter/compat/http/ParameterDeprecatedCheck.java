package dev.charter.compat.http;

import dev.charter.compat.Bump;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.Check;
import dev.charter.compat.Judgement;
import dev.charter.core.model.Parameter;
import java.util.List;

/** A parameter marked deprecated: clients are told to stop sending it (minor). */
final class ParameterDeprecatedCheck implements Check {
  static final ChangeKind DEPRECATED = ChangeKind.of("request-parameter-deprecated", Bump.MINOR,
      "a parameter was marked deprecated", ParameterDeprecatedCheck.class);

  @Override
  public List<ChangeKind> kinds() {
    return List.of(DEPRECATED);
  }

  void check(HttpContext ctx, String subject, Parameter o, Parameter n) {
    if (!o.deprecated() && n.deprecated()) {
      ctx.sink.add(DEPRECATED.id(), Judgement.harmless(Bump.MINOR), subject, ParameterNames.describe(n) + " deprecated",
          o.node(), n.node().get("deprecated").orElse(n.node()));
    }
  }
}
