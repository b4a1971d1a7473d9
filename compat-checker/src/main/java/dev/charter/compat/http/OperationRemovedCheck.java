package dev.charter.compat.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.compat.Bump;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.Check;
import dev.charter.compat.Judgement;
import dev.charter.core.model.Header;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.model.Response;
import dev.charter.core.spec.SpecNode;
import java.util.List;
import java.util.Optional;

/**
 * An operation or webhook that is gone. Always a major bump, even after deprecation; the
 * deprecation policy decides whether it fails the gate.
 */
public final class OperationRemovedCheck implements Check {
  public static final ChangeKind REMOVED = ChangeKind.of("operation-removed", Bump.MAJOR,
      "major; a planned removal (deprecated with a passed sunset, or deprecated long enough) does not fail the gate",
      "an operation or webhook was removed", OperationRemovedCheck.class);

  @Override
  public List<ChangeKind> kinds() {
    return List.of(REMOVED);
  }

  void check(HttpContext ctx, HttpOperation old, String key, String subject, SpecNode newParent) {
    Optional<String> sunset = sunset(old);
    Optional<String> planned = ctx.removals.reason(old.deprecated(), sunset, ctx.deprecatedSince.apply(key, null));
    String what = old.webhook() ? "webhook removed" : "operation removed";
    if (old.deprecated()) {
      what += " (it was deprecated" + sunset.map(s -> ", sunset " + s).orElse("") + ")";
    }
    ctx.sink.add(REMOVED.id(), Judgement.breaking(), subject, what, old.node(), newParent, planned);
  }

  /** The sunset date an operation announces: {@code x-sunset}, else a {@code Sunset} response header's example. */
  static Optional<String> sunset(HttpOperation op) {
    Optional<String> own = op.node().text("x-sunset");
    if (own.isPresent()) {
      return own;
    }
    for (Response r : op.responses()) {
      for (Header h : r.headers()) {
        if (h.name().equalsIgnoreCase("sunset")) {
          Optional<String> v = headerValue(h);
          if (v.isPresent()) {
            return v;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> headerValue(Header h) {
    for (var e : h.examples()) {
      if (e.value().isPresent() && e.value().get().isTextual()) {
        return Optional.of(e.value().get().asText());
      }
    }
    if (h.schema().isPresent()) {
      JsonNode s = h.schema().get().value();
      for (String key : List.of("example", "default", "const")) {
        if (s.path(key).isTextual()) {
          return Optional.of(s.path(key).asText());
        }
      }
      if (s.path("enum").isArray() && s.path("enum").size() == 1) {
        return Optional.of(s.path("enum").get(0).asText());
      }
    }
    return Optional.empty();
  }
}
