package dev.charter.compat.http;

import dev.charter.compat.Bump;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.Check;
import dev.charter.compat.Judgement;
import dev.charter.core.model.HttpOperation;
import java.util.List;

/**
 * A path parameter renamed ({@code /pets/{id}} to {@code /pets/{petId}}): the URLs are the same, so
 * nothing changes for clients. Reported so the rename is visible, with no bump.
 */
final class PathParameterRenamedCheck implements Check {
  static final ChangeKind RENAMED = ChangeKind.of("path-parameter-renamed", Bump.NONE,
      "a path parameter was renamed; the URLs it matches are the same", PathParameterRenamedCheck.class);

  @Override
  public List<ChangeKind> kinds() {
    return List.of(RENAMED);
  }

  void check(HttpContext ctx, HttpOperation o, HttpOperation n, String subject) {
    List<String> on = o.templateParameters();
    List<String> nn = n.templateParameters();
    for (int i = 0; i < Math.min(on.size(), nn.size()); i++) {
      if (!on.get(i).equals(nn.get(i))) {
        ctx.sink.add(RENAMED.id(), Judgement.harmless(Bump.NONE), subject, "path parameter '" + on.get(i)
            + "' renamed to '" + nn.get(i) + "'", o.pathItem(), n.pathItem());
      }
    }
  }
}
