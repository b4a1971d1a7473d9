package dev.charter.compat.schema;

import dev.charter.compat.Bump;
import dev.charter.compat.Effect;
import java.math.BigDecimal;
import java.util.List;

/** {@code multipleOf}: a value is valid when it is a multiple of every divisor given. */
final class MultipleOfCheck implements SchemaCheck {
  static final SchemaKind CHANGED = SchemaKind.of("multiple-of-changed",
      Bump.MAJOR, "major when a value valid before no longer is, else minor",
      Bump.MAJOR, "major when the new divisor admits values the old one did not, else minor",
      "multipleOf changed", MultipleOfCheck.class);

  @Override
  public List<SchemaKind> kinds() {
    return List.of(CHANGED);
  }

  @Override
  public void compare(SchemaPair p) {
    List<BigDecimal> o = p.oldShape().multipleOf;
    List<BigDecimal> n = p.newShape().multipleOf;
    if (!TypeRules.both(p, "number") || sameSet(o, n)) {
      return;
    }
    // Every old value is a multiple of each old divisor; it is valid under the new divisors when
    // each new divisor divides some old divisor.
    boolean oldInNew = n.stream().allMatch(d -> o.stream().anyMatch(x -> divides(d, x)));
    boolean newInOld = o.stream().allMatch(d -> n.stream().anyMatch(x -> divides(d, x)));
    Effect effect = oldInNew && newInOld ? Effect.NEUTRAL : oldInNew ? Effect.WIDENED
        : newInOld ? Effect.NARROWED : Effect.CHANGED;
    if (effect == Effect.NEUTRAL) {
      return;
    }
    p.emit(CHANGED, effect, p.oldShape().at("multipleOf"), p.newShape().at("multipleOf"),
        "multipleOf changed from " + text(o) + " to " + text(n));
  }

  private static boolean divides(BigDecimal d, BigDecimal x) {
    return x.remainder(d).signum() == 0;
  }

  private static boolean sameSet(List<BigDecimal> a, List<BigDecimal> b) {
    return a.size() == b.size() && a.stream().allMatch(x -> b.stream().anyMatch(y -> y.compareTo(x) == 0));
  }

  private static String text(List<BigDecimal> values) {
    return values.isEmpty() ? "none" : String.join(" and ", values.stream().map(v -> v.stripTrailingZeros().toPlainString()).toList());
  }
}
