package dev.charter.compat.schema;

import dev.charter.compat.Direction;
import dev.charter.core.model.SchemaView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares an old and a new schema by the values they admit, in the direction data flows: for
 * input every value the old schema admitted must still be admitted, for output the new schema may
 * admit only values the old one did. Each pair of shapes is compared once per direction and its
 * result remembered and shared ({@link SchemaResult}), so a schema used by a hundred operations, or
 * reached along a hundred paths, costs one comparison.
 */
public final class SchemaComparison {

  /** Every schema check, in the order their changes are reported. */
  public static final List<SchemaCheck> CHECKS = List.of(
      new TypeCheck(),
      new NullabilityCheck(),
      new EnumCheck(),
      new StringLengthCheck(),
      new NumericRangeCheck(),
      new MultipleOfCheck(),
      new PatternCheck(),
      new FormatCheck(),
      new ItemCountCheck(),
      new UniqueItemsCheck(),
      new PropertyCountCheck(),
      new AdditionalPropertiesCheck(),
      new PatternPropertiesCheck(),
      new PropertiesCheck(),
      new PropertyDeprecatedCheck(),
      new ItemsCheck(),
      new VariantsCheck(),
      new DiscriminatorCheck(),
      new DefaultValueCheck(),
      new NotCheck(),
      new UndecidableCheck(),
      new SchemaDocumentationCheck());

  private static final int MAX_DEPTH = 160;

  private final Shapes oldShapes;
  private final Shapes newShapes;
  private final Map<String, SchemaResult> memo = new HashMap<>();
  private int depth;

  public SchemaComparison(Shapes oldShapes, Shapes newShapes) {
    this.oldShapes = oldShapes;
    this.newShapes = newShapes;
  }

  public Shapes oldShapes() {
    return oldShapes;
  }

  public Shapes newShapes() {
    return newShapes;
  }

  public SchemaResult compare(SchemaView oldView, SchemaView newView, Direction direction) {
    return compare(oldShapes.of(oldView), newShapes.of(newView), direction);
  }

  /**
   * The changes between two shapes. A pair met again while it is being compared (a recursive
   * schema) gets the result being built: its changes are reported where it was first reached.
   */
  public SchemaResult compare(Shape o, Shape n, Direction direction) {
    return compare(o, n, direction, false);
  }

  /**
   * The changes between two shapes whose values travel as text ({@code text}: parameters and
   * headers), compared by the strings they accept ({@link WireForms}), or as JSON.
   */
  public SchemaResult compare(Shape o, Shape n, Direction direction, boolean text) {
    String key = o.id + '\u0000' + n.id + '\u0000' + direction + (text ? "\u0000text" : "");
    SchemaResult known = memo.get(key);
    if (known != null) {
      return known;
    }
    SchemaResult result = new SchemaResult();
    if (depth >= MAX_DEPTH) {
      // Compared no deeper; never passed silently: the same text (references followed) is no
      // change, anything else undecidable.
      java.util.Optional<String> a = Shapes.deepText(o.anchor);
      if (a.isEmpty() || !a.equals(Shapes.deepText(n.anchor))) {
        new SchemaPair(o, n, direction, text, this, result).emit(UndecidableCheck.UNDECIDABLE, dev.charter.compat.Effect.CHANGED,
            o.anchor, n.anchor, "schema nested more than " + MAX_DEPTH + " levels deep changed below here; charter "
            + "compares no deeper, so it assumes the worst");
      }
      result.seal();
      return result;
    }
    memo.put(key, result);
    depth++;
    try {
      SchemaPair pair = new SchemaPair(o, n, direction, text, this, result);
      boolean union = o.isUnion() || n.isUnion();
      boolean disjoint = !union && (text ? !WireForms.overlap(o, n) : TypeRules.disjoint(o, n));
      for (SchemaCheck check : CHECKS) {
        if ((union ? check.appliesToUnions() : check.appliesToSingles()) && (!disjoint || check.appliesToDisjointTypes())) {
          check.compare(pair);
        }
      }
    } finally {
      depth--;
      result.seal();
    }
    return result;
  }
}
