package dev.charter.compat.schema;

import java.util.List;

/**
 * One check on a pair of schemas at the same position in the old and new document. Checks that
 * look inside (properties, items, variants) hand the pairs they find back to the comparison.
 */
public interface SchemaCheck {

  /** The kinds of change this check reports. */
  List<SchemaKind> kinds();

  /** Whether the check applies to a pair where either side is a union ({@code oneOf}/{@code anyOf}). */
  default boolean appliesToUnions() {
    return false;
  }

  /** Whether the check applies to a pair where neither side is a union. */
  default boolean appliesToSingles() {
    return true;
  }

  /**
   * Whether the check applies when the two sides admit no type in common (string became integer):
   * then only the type change itself is worth reporting, not every keyword that went with it.
   */
  default boolean appliesToDisjointTypes() {
    return false;
  }

  void compare(SchemaPair pair);
}
