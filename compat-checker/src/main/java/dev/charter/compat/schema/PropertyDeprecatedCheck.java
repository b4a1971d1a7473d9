package dev.charter.compat.schema;

import dev.charter.compat.Bump;
import dev.charter.compat.Judgement;
import java.util.List;
import java.util.Map;

/** A property marked {@code deprecated}: nothing breaks yet, but clients are told to move away (minor, as semver says). */
final class PropertyDeprecatedCheck implements SchemaCheck {
  static final SchemaKind DEPRECATED = SchemaKind.of("property-deprecated", Bump.MINOR, "minor", Bump.MINOR, "minor",
      "a property was marked deprecated", PropertyDeprecatedCheck.class);

  @Override
  public List<SchemaKind> kinds() {
    return List.of(DEPRECATED);
  }

  @Override
  public void compare(SchemaPair p) {
    if (!TypeRules.both(p, "object")) {
      return;
    }
    Shape o = p.oldShape();
    Shape n = p.newShape();
    for (Map.Entry<String, List<dev.charter.core.model.SchemaView>> e : n.properties.entrySet()) {
      List<dev.charter.core.model.SchemaView> old = o.properties.get(e.getKey());
      if (old == null) {
        continue;
      }
      Shape op = p.oldShapeOf(old, o.anchor);
      Shape np = p.newShapeOf(e.getValue(), n.anchor);
      if (np.deprecated && !op.deprecated) {
        p.emit(DEPRECATED, Judgement.harmless(Bump.MINOR), op.anchor, np.at("deprecated"),
            "property '" + e.getKey() + "' deprecated" + np.sunset.map(s -> " (sunset " + s + ")").orElse(""));
      }
    }
  }
}
