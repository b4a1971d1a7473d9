package dev.charter.compat.schema;

import dev.charter.compat.Bump;
import dev.charter.compat.Effect;
import java.util.List;
import java.util.Optional;

/**
 * {@code pattern} of strings. A changed pattern is compared by the strings each admits where the
 * patterns use the regular subset charter can decide ({@link PatternInclusion}); otherwise the
 * change is reported as undecidable with the conservative bump.
 */
final class PatternCheck implements SchemaCheck {
  static final SchemaKind ADDED = SchemaKind.of("pattern-added", Effect.NARROWED,
      "strings must now match a pattern", PatternCheck.class);
  static final SchemaKind REMOVED = SchemaKind.of("pattern-removed", Effect.WIDENED,
      "strings no longer need to match a pattern", PatternCheck.class);
  static final SchemaKind CHANGED = SchemaKind.of("pattern-changed",
      Bump.MAJOR, "major when the new pattern rejects strings the old one accepted, minor when it only accepts more",
      Bump.MAJOR, "major when the new pattern accepts strings the old one rejected, minor when it only accepts fewer",
      "the pattern changed and charter could compare the two", PatternCheck.class);

  @Override
  public List<SchemaKind> kinds() {
    return List.of(ADDED, REMOVED, CHANGED);
  }

  @Override
  public void compare(SchemaPair p) {
    Shape o = p.oldShape();
    Shape n = p.newShape();
    if (!TypeRules.both(p, "string") || (o.patterns.containsAll(n.patterns) && n.patterns.containsAll(o.patterns))) {
      return;
    }
    if (o.patterns.isEmpty()) {
      p.emit(ADDED, Effect.NARROWED, "pattern", "pattern " + quote(n.patterns) + " added");
      return;
    }
    if (n.patterns.isEmpty()) {
      p.emit(REMOVED, Effect.WIDENED, "pattern", "pattern " + quote(o.patterns) + " removed");
      return;
    }
    String what = "pattern changed from " + quote(o.patterns) + " to " + quote(n.patterns);
    Optional<Effect> effect = PatternInclusion.compare(o.patterns, n.patterns);
    if (effect.isEmpty()) {
      p.emit(UndecidableCheck.UNDECIDABLE, Effect.CHANGED, "pattern", what
          + "; charter cannot tell whether one admits every string the other does, so it assumes the worst");
    } else if (effect.get() != Effect.NEUTRAL) {
      String how = switch (effect.get()) {
        case NARROWED -> " (it admits fewer strings)";
        case WIDENED -> " (it admits more strings)";
        default -> " (each admits strings the other rejects)";
      };
      p.emit(CHANGED, effect.get(), "pattern", what + how);
    }
  }

  private static String quote(List<String> patterns) {
    return patterns.size() == 1 ? "'" + patterns.get(0) + "'"
        : String.join(" and ", patterns.stream().map(x -> "'" + x + "'").toList());
  }
}
