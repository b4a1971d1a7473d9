package dev.charter.compat.schema;

import dev.charter.compat.Bump;
import dev.charter.compat.Judgement;
import java.util.List;

/**
 * {@code default}: what the API assumes when a client leaves a value out. In input, changing or
 * removing it changes what existing requests mean (major); adding one gives meaning to a value
 * left out (minor). In output a default only documents (patch).
 */
final class DefaultValueCheck implements SchemaCheck {
  static final SchemaKind CHANGED = SchemaKind.of("default-changed", Bump.MAJOR, "major", Bump.PATCH, "patch",
      "the default value changed", DefaultValueCheck.class);
  static final SchemaKind ADDED = SchemaKind.of("default-added", Bump.MINOR, "minor", Bump.PATCH, "patch",
      "a default value was added", DefaultValueCheck.class);
  static final SchemaKind REMOVED = SchemaKind.of("default-removed", Bump.MAJOR, "major", Bump.PATCH, "patch",
      "the default value was removed", DefaultValueCheck.class);

  @Override
  public List<SchemaKind> kinds() {
    return List.of(CHANGED, ADDED, REMOVED);
  }

  @Override
  public void compare(SchemaPair p) {
    Shape o = p.oldShape();
    Shape n = p.newShape();
    String ov = o.defaultValue.map(Shapes::canonical).orElse(null);
    String nv = n.defaultValue.map(Shapes::canonical).orElse(null);
    if (ov == null && nv == null || (ov != null && ov.equals(nv))) {
      return;
    }
    if (ov == null) {
      p.emit(ADDED, p.input() ? Judgement.harmless(Bump.MINOR) : Judgement.harmless(Bump.PATCH), o.anchor,
          n.at("default"), "default " + Describe.value(n.defaultValue.get()) + " added");
    } else if (nv == null) {
      p.emit(REMOVED, p.input() ? new Judgement(true, false, Bump.MINOR) : Judgement.harmless(Bump.PATCH),
          o.at("default"), n.anchor, "default " + Describe.value(o.defaultValue.get()) + " removed");
    } else {
      p.emit(CHANGED, p.input() ? Judgement.incompatible() : Judgement.harmless(Bump.PATCH), o.at("default"),
          n.at("default"), "default changed from " + Describe.value(o.defaultValue.get()) + " to "
              + Describe.value(n.defaultValue.get()));
    }
  }
}
