package dev.charter.compat.schema;

import dev.charter.compat.Effect;

/** Comparison of a lower and an upper count bound (lengths, item counts, property counts). */
final class CountBounds {
  private CountBounds() {}

  /** The four kinds of change a pair of count bounds can have. */
  record Kinds(SchemaKind maxDecreased, SchemaKind maxIncreased, SchemaKind minIncreased, SchemaKind minDecreased) {}

  static void compare(SchemaPair p, Kinds kinds, String minWord, String maxWord, Shape.Count oMin, Shape.Count nMin,
      Shape.Count oMax, Shape.Count nMax) {
    Shape o = p.oldShape();
    Shape n = p.newShape();
    long oldMax = oMax == null ? Long.MAX_VALUE : oMax.value();
    long newMax = nMax == null ? Long.MAX_VALUE : nMax.value();
    if (newMax < oldMax) {
      p.emit(kinds.maxDecreased(), Effect.NARROWED, o.at(maxWord), n.at(maxWord), oMax == null
          ? maxWord + " " + newMax + " set" : maxWord + " decreased from " + oldMax + " to " + newMax);
    } else if (newMax > oldMax) {
      p.emit(kinds.maxIncreased(), Effect.WIDENED, o.at(maxWord), n.at(maxWord), nMax == null
          ? maxWord + " " + oldMax + " removed" : maxWord + " increased from " + oldMax + " to " + newMax);
    }
    long oldMin = oMin == null ? 0 : oMin.value();
    long newMin = nMin == null ? 0 : nMin.value();
    if (newMin > oldMin) {
      p.emit(kinds.minIncreased(), Effect.NARROWED, o.at(minWord), n.at(minWord), oMin == null
          ? minWord + " " + newMin + " set" : minWord + " increased from " + oldMin + " to " + newMin);
    } else if (newMin < oldMin) {
      p.emit(kinds.minDecreased(), Effect.WIDENED, o.at(minWord), n.at(minWord), nMin == null
          ? minWord + " " + oldMin + " removed" : minWord + " decreased from " + oldMin + " to " + newMin);
    }
  }
}
