package dev.charter.compat.schema;

import dev.charter.compat.Bump;
import dev.charter.compat.Effect;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code format}. Formats that contain others are known ({@code int32} values are all {@code
 * int64} values, {@code float} values all {@code double}); any other change of format is taken as
 * admitting different values.
 */
final class FormatCheck implements SchemaCheck {
  static final SchemaKind ADDED = SchemaKind.of("format-added", Effect.NARROWED,
      "values must now have a format", FormatCheck.class);
  static final SchemaKind REMOVED = SchemaKind.of("format-removed", Effect.WIDENED,
      "values no longer need to have a format", FormatCheck.class);
  static final SchemaKind CHANGED = SchemaKind.of("format-changed",
      Bump.MAJOR, "major, or minor when the new format contains the old (int32 to int64)",
      Bump.MAJOR, "major, or minor when the old format contains the new (int64 to int32)",
      "the format changed", FormatCheck.class);

  /** Format → the formats whose values it contains. */
  private static final Map<String, Set<String>> CONTAINS = Map.of(
      "int64", Set.of("int32", "int16", "int8"),
      "int32", Set.of("int16", "int8"),
      "double", Set.of("float"),
      "date-time", Set.of(),
      "uri", Set.of("url"),
      "uri-reference", Set.of("uri", "url"),
      "iri", Set.of("uri"),
      "idn-email", Set.of("email"),
      "idn-hostname", Set.of("hostname"));

  @Override
  public List<SchemaKind> kinds() {
    return List.of(ADDED, REMOVED, CHANGED);
  }

  @Override
  public void compare(SchemaPair p) {
    Shape o = p.oldShape();
    Shape n = p.newShape();
    if (o.format.equals(n.format)) {
      return;
    }
    if (p.text() && (numericFormatLeft(o, n) || numericFormatLeft(n, o))) {
      return; // integer (int64) → string: the format went with the type, whose change says it all
    }
    if (o.format.isEmpty()) {
      p.emit(ADDED, Effect.NARROWED, "format", "format '" + n.format.get() + "' added");
      return;
    }
    if (n.format.isEmpty()) {
      p.emit(REMOVED, Effect.WIDENED, "format", "format '" + o.format.get() + "' removed");
      return;
    }
    String of = o.format.get();
    String nf = n.format.get();
    Effect effect = contains(nf, of) ? Effect.WIDENED : contains(of, nf) ? Effect.NARROWED : Effect.CHANGED;
    p.emit(CHANGED, effect, "format", "format changed from '" + of + "' to '" + nf + "'");
  }

  private static final Set<String> NUMERIC = Set.of("int8", "int16", "int32", "int64", "float", "double", "decimal");

  /** A number format on {@code a} whose side {@code b} no longer has a number type. */
  private static boolean numericFormatLeft(Shape a, Shape b) {
    return a.format.filter(NUMERIC::contains).isPresent() && b.types != null && !b.types.contains("integer")
        && !b.types.contains("number") && (b.format.isEmpty() || !NUMERIC.contains(b.format.get()));
  }

  private static boolean contains(String outer, String inner) {
    Set<String> in = CONTAINS.get(outer);
    return in != null && in.contains(inner);
  }
}
