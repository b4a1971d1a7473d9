package dev.charter.compat.schema;

import dev.charter.compat.Effect;
import java.util.List;
import java.util.function.Function;

/**
 * The check of a lower and an upper count bound of one type (string lengths, item counts,
 * property counts): a missing lower bound is 0, a missing upper bound none. Each subclass is one
 * check, with its own keywords and kinds of change.
 */
abstract class CountBoundsCheck implements SchemaCheck {
  private final String type;
  private final String minWord;
  private final String maxWord;
  private final Function<Shape, Shape.Count> min;
  private final Function<Shape, Shape.Count> max;
  private final SchemaKind maxDecreased;
  private final SchemaKind maxIncreased;
  private final SchemaKind minIncreased;
  private final SchemaKind minDecreased;

  CountBoundsCheck(String type, String minWord, String maxWord, Function<Shape, Shape.Count> min,
      Function<Shape, Shape.Count> max, SchemaKind maxDecreased, SchemaKind maxIncreased, SchemaKind minIncreased,
      SchemaKind minDecreased) {
    this.type = type;
    this.minWord = minWord;
    this.maxWord = maxWord;
    this.min = min;
    this.max = max;
    this.maxDecreased = maxDecreased;
    this.maxIncreased = maxIncreased;
    this.minIncreased = minIncreased;
    this.minDecreased = minDecreased;
  }

  @Override
  public final List<SchemaKind> kinds() {
    return List.of(maxDecreased, maxIncreased, minIncreased, minDecreased);
  }

  @Override
  public final void compare(SchemaPair p) {
    if (!TypeRules.both(p, type)) {
      return;
    }
    Shape o = p.oldShape();
    Shape n = p.newShape();
    Shape.Count oMax = max.apply(o);
    Shape.Count nMax = max.apply(n);
    long oldMax = oMax == null ? Long.MAX_VALUE : oMax.value();
    long newMax = nMax == null ? Long.MAX_VALUE : nMax.value();
    if (newMax < oldMax) {
      p.emit(maxDecreased, Effect.NARROWED, maxWord, oMax == null
          ? maxWord + " " + newMax + " set" : maxWord + " decreased from " + oldMax + " to " + newMax);
    } else if (newMax > oldMax) {
      p.emit(maxIncreased, Effect.WIDENED, maxWord, nMax == null
          ? maxWord + " " + oldMax + " removed" : maxWord + " increased from " + oldMax + " to " + newMax);
    }
    Shape.Count oMin = min.apply(o);
    Shape.Count nMin = min.apply(n);
    long oldMin = oMin == null ? 0 : oMin.value();
    long newMin = nMin == null ? 0 : nMin.value();
    if (newMin > oldMin) {
      p.emit(minIncreased, Effect.NARROWED, minWord, oMin == null
          ? minWord + " " + newMin + " set" : minWord + " increased from " + oldMin + " to " + newMin);
    } else if (newMin < oldMin) {
      p.emit(minDecreased, Effect.WIDENED, minWord, nMin == null
          ? minWord + " " + oldMin + " removed" : minWord + " decreased from " + oldMin + " to " + newMin);
    }
  }
}
