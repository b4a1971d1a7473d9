package dev.charter.compat.schema;

import dev.charter.compat.Effect;
import dev.charter.core.model.SchemaView;
import java.util.List;
import java.util.Map;

/**
 * {@code patternProperties}: schemas for the properties whose names match a pattern. The schemas of
 * a pattern kept are compared; a pattern added or removed changes which names are constrained in a
 * way that depends on every other property, so it is reported as undecided, with the worst bump.
 */
final class PatternPropertiesCheck implements SchemaCheck {

  @Override
  public List<SchemaKind> kinds() {
    return List.of();
  }

  @Override
  public void compare(SchemaPair p) {
    if (!TypeRules.both(p, "object")) {
      return;
    }
    Shape o = p.oldShape();
    Shape n = p.newShape();
    for (Map.Entry<String, List<SchemaView>> e : o.patternProperties.entrySet()) {
      List<SchemaView> nv = n.patternProperties.get(e.getKey());
      if (nv == null) {
        p.emit(UndecidableCheck.UNDECIDABLE, Effect.CHANGED, o.anchor, n.anchor, "patternProperties '" + e.getKey()
            + "' removed; charter does not judge which property names that frees, so it assumes the worst");
      } else {
        p.recurse(p.oldShapeOf(e.getValue(), o.anchor), p.newShapeOf(nv, n.anchor), "/patternProperties/" + e.getKey());
      }
    }
    for (String pattern : n.patternProperties.keySet()) {
      if (!o.patternProperties.containsKey(pattern)) {
        p.emit(UndecidableCheck.UNDECIDABLE, Effect.CHANGED, o.anchor, n.anchor, "patternProperties '" + pattern
            + "' added; charter does not judge which property names that constrains, so it assumes the worst");
      }
    }
  }
}
