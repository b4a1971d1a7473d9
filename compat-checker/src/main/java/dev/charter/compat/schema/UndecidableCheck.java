package dev.charter.compat.schema;

import dev.charter.compat.Bump;
import dev.charter.compat.Effect;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Changes charter cannot judge: conditional and other keywords it does not reason about, schemas
 * in formats it does not read (Avro, RAML, Protobuf), references it was not allowed to follow,
 * patterns outside the subset it can compare. It never lets them pass silently: each is reported
 * with the bump it would need if it were the worst it could be.
 */
public final class UndecidableCheck implements SchemaCheck {
  public static final SchemaKind UNDECIDABLE = SchemaKind.of("change-undecidable",
      Bump.MAJOR, "major (charter cannot tell, so it assumes the worst)",
      Bump.MAJOR, "major (charter cannot tell, so it assumes the worst)",
      "a schema changed in a way charter cannot judge", UndecidableCheck.class);

  @Override
  public List<SchemaKind> kinds() {
    return List.of(UNDECIDABLE);
  }

  @Override
  public boolean appliesToUnions() {
    return true;
  }

  @Override
  public void compare(SchemaPair p) {
    Shape o = p.oldShape();
    Shape n = p.newShape();
    if (o.isUnion() || n.isUnion()) {
      // The variants are compared by VariantsCheck; here only the unions too many to combine.
      String a = o.isUnion() ? o.opaque.get(Shapes.UNEXPANDED) : null;
      String b = n.isUnion() ? n.opaque.get(Shapes.UNEXPANDED) : null;
      if (!Objects.equals(a, b)) {
        p.emit(UNDECIDABLE, Effect.CHANGED, o.at(Shapes.UNEXPANDED), n.at(Shapes.UNEXPANDED), "oneOf/anyOf "
            + "combined with another through allOf changed; there are too many combinations of their variants "
            + "to compare, so charter assumes the worst");
      }
      return;
    }
    if (o.unsupported || n.unsupported) {
      if (!Objects.equals(o.opaque.get("schema"), n.opaque.get("schema"))) {
        p.emit(UNDECIDABLE, Effect.CHANGED, o.anchor, n.anchor,
            "schema in a format charter does not interpret changed (compared as text only)");
      }
      return;
    }
    if (!o.unresolvedRef.equals(n.unresolvedRef)) {
      p.emit(UNDECIDABLE, Effect.CHANGED, o.anchor, n.anchor, "reference "
          + o.unresolvedRef.or(() -> n.unresolvedRef).orElse("") + " was not followed (remote references are off), "
          + "so what it admits is unknown");
      return;
    }
    Set<String> words = new TreeSet<>(o.opaque.keySet());
    words.addAll(n.opaque.keySet());
    for (String word : words) {
      if (!Objects.equals(o.opaque.get(word), n.opaque.get(word)) && word.equals(Shapes.TOO_DEEP)) {
        p.emit(UNDECIDABLE, Effect.CHANGED, o.anchor, n.anchor, "schema nested too deep to compare (unions within "
            + "unions) changed below here; charter assumes the worst");
        return;
      }
      if (!Objects.equals(o.opaque.get(word), n.opaque.get(word))) {
        p.emit(UNDECIDABLE, Effect.CHANGED, o.at(word), n.at(word), "keyword '" + word
            + "' changed; charter does not compare it, so it assumes the worst");
      }
    }
  }
}
