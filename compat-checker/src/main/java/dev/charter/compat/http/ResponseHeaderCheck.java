package dev.charter.compat.http;

import dev.charter.compat.Bump;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.Check;
import dev.charter.compat.Direction;
import dev.charter.compat.Effect;
import dev.charter.compat.Judgement;
import dev.charter.core.model.Header;
import dev.charter.core.model.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Response headers, matched case-insensitively ({@code Content-Type} is described by the media type, not here). */
final class ResponseHeaderCheck implements Check {
  static final ChangeKind REMOVED = ChangeKind.of("response-header-removed", Bump.MAJOR,
      "a response header was removed: clients read it", ResponseHeaderCheck.class);
  static final ChangeKind ADDED = ChangeKind.of("response-header-added", Bump.MINOR,
      "a response header was added", ResponseHeaderCheck.class);
  static final ChangeKind BECAME_OPTIONAL = ChangeKind.of("response-header-became-optional", Bump.MAJOR,
      "a response header that was always sent became optional", ResponseHeaderCheck.class);
  static final ChangeKind BECAME_REQUIRED = ChangeKind.of("response-header-became-required", Bump.MINOR,
      "a response header is now always sent", ResponseHeaderCheck.class);

  @Override
  public List<ChangeKind> kinds() {
    return List.of(REMOVED, ADDED, BECAME_OPTIONAL, BECAME_REQUIRED);
  }

  void check(HttpContext ctx, String subject, Response o, Response n, Direction direction) {
    for (Header oh : o.headers()) {
      if (ignored(oh)) {
        continue;
      }
      Optional<Header> nh = find(n, oh.name());
      String where = "response " + n.status() + " header '" + oh.name() + "'";
      if (nh.isEmpty()) {
        Judgement j = direction == Direction.OUTPUT ? Judgement.breaking() : Judgement.harmless(Bump.MINOR);
        Optional<String> planned = ctx.removals.reason(oh.deprecated(), oh.node().text("x-sunset"), Optional.empty());
        ctx.sink.add(REMOVED.id(), j, subject, where + " removed", oh.node(), n.node(), planned);
        continue;
      }
      Header h = nh.get();
      if (!oh.required() && h.required()) {
        ctx.sink.add(BECAME_REQUIRED.id(), Judgement.of(Effect.NARROWED, direction), subject, where + " became required",
            oh.node(), h.node());
      } else if (oh.required() && !h.required()) {
        ctx.sink.add(BECAME_OPTIONAL.id(), Judgement.of(Effect.WIDENED, direction), subject, where + " became optional",
            oh.node(), h.node());
      }
      ctx.schema(subject, "response", where, oh.schema(), h.schema(), direction, oh.node(), h.node());
      if (!MediaTypesCheck.examples(oh.examples()).equals(MediaTypesCheck.examples(h.examples()))) {
        ctx.documentation(subject, "examples of " + where, oh.node(), h.node());
      }
      if (!oh.node().text("description").equals(h.node().text("description"))) {
        ctx.documentation(subject, "description of " + where, oh.node(), h.node());
      }
    }
    for (Header nh : n.headers()) {
      if (ignored(nh) || find(o, nh.name()).isPresent()) {
        continue;
      }
      Judgement j = direction == Direction.OUTPUT ? new Judgement(false, nh.required(), Bump.MINOR)
          : (nh.required() ? Judgement.breaking() : Judgement.addition());
      ctx.sink.add(ADDED.id(), j, subject, "response " + n.status() + " header '" + nh.name() + "' added", o.node(),
          nh.node());
    }
  }

  private static boolean ignored(Header h) {
    return h.name().equalsIgnoreCase("content-type");
  }

  private static Optional<Header> find(Response r, String name) {
    String key = name.toLowerCase(Locale.ROOT);
    return r.headers().stream().filter(h -> h.name().toLowerCase(Locale.ROOT).equals(key)).findFirst();
  }
}
