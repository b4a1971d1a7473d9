package dev.charter.compat.schema;

import dev.charter.compat.Effect;
import java.util.List;

/**
 * {@code minimum}, {@code maximum} and their exclusive forms, read the same in every dialect (a
 * 3.0 {@code exclusiveMaximum: true} beside {@code maximum: 10} equals a 3.1 {@code
 * exclusiveMaximum: 10}).
 */
final class NumericRangeCheck implements SchemaCheck {
  static final SchemaKind MAX_DECREASED = SchemaKind.of("maximum-decreased", Effect.NARROWED,
      "the upper bound was lowered, made exclusive or set", NumericRangeCheck.class);
  static final SchemaKind MAX_INCREASED = SchemaKind.of("maximum-increased", Effect.WIDENED,
      "the upper bound was raised, made inclusive or removed", NumericRangeCheck.class);
  static final SchemaKind MIN_INCREASED = SchemaKind.of("minimum-increased", Effect.NARROWED,
      "the lower bound was raised, made exclusive or set", NumericRangeCheck.class);
  static final SchemaKind MIN_DECREASED = SchemaKind.of("minimum-decreased", Effect.WIDENED,
      "the lower bound was lowered, made inclusive or removed", NumericRangeCheck.class);

  @Override
  public List<SchemaKind> kinds() {
    return List.of(MAX_DECREASED, MAX_INCREASED, MIN_INCREASED, MIN_DECREASED);
  }

  @Override
  public void compare(SchemaPair p) {
    if (!TypeRules.both(p, "number")) {
      return;
    }
    Shape o = p.oldShape();
    Shape n = p.newShape();
    // Between integers, "< 101" and "<= 100" are the same bound: compare them as inclusive ones.
    boolean integers = integersOnly(o) && integersOnly(n);
    Shape.Bound oMax = integers ? inclusiveUpper(o.maximum) : o.maximum;
    Shape.Bound nMax = integers ? inclusiveUpper(n.maximum) : n.maximum;
    Shape.Bound oMin = integers ? inclusiveLower(o.minimum) : o.minimum;
    Shape.Bound nMin = integers ? inclusiveLower(n.minimum) : n.minimum;
    if (java.util.Objects.equals(oMax, nMax) && java.util.Objects.equals(oMin, nMin)) {
      return;
    }
    if (nMax != null && (oMax == null || Shapes.tighterUpper(nMax, oMax))) {
      p.emit(MAX_DECREASED, Effect.NARROWED, o.at("maximum"), n.at("maximum"), oMax == null
          ? "upper bound " + nMax.describe(true) + " set"
          : "upper bound changed from " + oMax.describe(true) + " to " + nMax.describe(true));
    } else if (oMax != null && (nMax == null || Shapes.tighterUpper(oMax, nMax))) {
      p.emit(MAX_INCREASED, Effect.WIDENED, o.at("maximum"), n.at("maximum"), nMax == null
          ? "upper bound " + oMax.describe(true) + " removed"
          : "upper bound changed from " + oMax.describe(true) + " to " + nMax.describe(true));
    }
    if (nMin != null && (oMin == null || Shapes.tighterLower(nMin, oMin))) {
      p.emit(MIN_INCREASED, Effect.NARROWED, o.at("minimum"), n.at("minimum"), oMin == null
          ? "lower bound " + nMin.describe(false) + " set"
          : "lower bound changed from " + oMin.describe(false) + " to " + nMin.describe(false));
    } else if (oMin != null && (nMin == null || Shapes.tighterLower(oMin, nMin))) {
      p.emit(MIN_DECREASED, Effect.WIDENED, o.at("minimum"), n.at("minimum"), nMin == null
          ? "lower bound " + oMin.describe(false) + " removed"
          : "lower bound changed from " + oMin.describe(false) + " to " + nMin.describe(false));
    }
  }

  private static boolean integersOnly(Shape s) {
    return s.types != null && !s.types.isEmpty() && s.types.stream().allMatch(t -> t.equals("integer"));
  }

  private static Shape.Bound inclusiveUpper(Shape.Bound b) {
    if (b == null) {
      return null;
    }
    java.math.BigDecimal v = b.value().setScale(0, java.math.RoundingMode.CEILING);
    boolean integral = v.compareTo(b.value()) == 0;
    return new Shape.Bound((b.exclusive() && integral ? v.subtract(java.math.BigDecimal.ONE)
        : b.value().setScale(0, java.math.RoundingMode.FLOOR)).stripTrailingZeros(), false);
  }

  private static Shape.Bound inclusiveLower(Shape.Bound b) {
    if (b == null) {
      return null;
    }
    java.math.BigDecimal v = b.value().setScale(0, java.math.RoundingMode.FLOOR);
    boolean integral = v.compareTo(b.value()) == 0;
    return new Shape.Bound((b.exclusive() && integral ? v.add(java.math.BigDecimal.ONE)
        : b.value().setScale(0, java.math.RoundingMode.CEILING)).stripTrailingZeros(), false);
  }
}
