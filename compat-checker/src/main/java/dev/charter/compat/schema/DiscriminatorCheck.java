package dev.charter.compat.schema;

import dev.charter.compat.Effect;
import java.util.ArrayList;
import dev.charter.core.model.SchemaView;
import dev.charter.core.parse.JsonPointers;
import java.util.List;
import java.util.Map;

/**
 * The discriminator of a union: the property that names the variant, and the values explicitly
 * mapped. Variants themselves are judged by {@link VariantsCheck}; a value that no longer selects
 * anything is judged here like an enum value. The discriminator of a base schema that subtypes
 * extend with {@code allOf} is judged here too, with the subtypes it selects.
 */
final class DiscriminatorCheck implements SchemaCheck {
  static final SchemaKind PROPERTY_CHANGED = SchemaKind.of("discriminator-property-changed", Effect.CHANGED,
      "the property that selects the variant changed", DiscriminatorCheck.class);
  static final SchemaKind VALUE_ADDED = SchemaKind.of("discriminator-value-added", Effect.WIDENED,
      "a discriminator mapping value was added", DiscriminatorCheck.class);
  static final SchemaKind VALUE_REMOVED = SchemaKind.of("discriminator-value-removed", Effect.NARROWED,
      "a discriminator mapping value was removed", DiscriminatorCheck.class);

  @Override
  public List<SchemaKind> kinds() {
    return List.of(PROPERTY_CHANGED, VALUE_ADDED, VALUE_REMOVED);
  }

  @Override
  public boolean appliesToUnions() {
    return true;
  }

  @Override
  public void compare(SchemaPair p) {
    Shape o = p.oldShape();
    Shape n = p.newShape();
    if (!o.isUnion() && !n.isUnion()) {
      polymorphic(p);
      return;
    }
    if (o.discriminator.isEmpty() || n.discriminator.isEmpty()) {
      return;
    }
    Shape.Discriminator od = o.discriminator.get();
    Shape.Discriminator nd = n.discriminator.get();
    if (propertyChanged(p, od, nd)) {
      return;
    }
    if (od.mapping().isEmpty() || nd.mapping().isEmpty()) {
      return;
    }
    List<String> removed = new ArrayList<>(od.mapping().keySet());
    removed.removeAll(nd.mapping().keySet());
    List<String> added = new ArrayList<>(nd.mapping().keySet());
    added.removeAll(od.mapping().keySet());
    if (!removed.isEmpty()) {
      p.emit(VALUE_REMOVED, Effect.NARROWED, od.node(), nd.node(), "discriminator "
          + Describe.plural(removed.size(), "value ", "values ") + Describe.quoted(removed) + " removed from the mapping");
    }
    if (!added.isEmpty()) {
      p.emit(VALUE_ADDED, Effect.WIDENED, od.node(), nd.node(), "discriminator "
          + Describe.plural(added.size(), "value ", "values ") + Describe.quoted(added) + " added to the mapping");
    }
  }

  /**
   * allOf polymorphism: a base schema with a discriminator, and subtypes that extend it with
   * {@code allOf}. Where the base is expected, any subtype may travel, selected by its
   * discriminator value: a value added (a new mapping entry, or a new subtype that OpenAPI's
   * implicit mapping selects by its name) is one more kind of value, a value removed one fewer.
   * The subtypes both versions have are compared like any other subschema.
   */
  private static void polymorphic(SchemaPair p) {
    Shape o = p.oldShape();
    Shape n = p.newShape();
    if (o.polymorphic == null || n.polymorphic == null) {
      return;
    }
    Shape.Discriminator od = o.discriminator.get();
    Shape.Discriminator nd = n.discriminator.get();
    if (propertyChanged(p, od, nd)) {
      return;
    }
    // The messages do not name the schema compared: a subtype is met again where its own subtypes
    // are compared, and the same change is then reported once.
    for (Map.Entry<String, SchemaView> e : o.polymorphic.entrySet()) {
      SchemaView nt = n.polymorphic.get(e.getKey());
      if (nt == null) {
        p.emit(VALUE_REMOVED, Effect.NARROWED, e.getValue().node(), nd.node(), "discriminator value '" + e.getKey()
            + "' removed: " + subtype(e.getValue()) + " is no longer " + (p.input() ? "accepted" : "sent"));
      } else if (!e.getValue().id().equals(o.anchor.toString()) && !nt.id().equals(n.anchor.toString())) {
        p.recurse(p.oldShapeOf(List.of(e.getValue()), o.anchor), p.newShapeOf(List.of(nt), n.anchor),
            "/discriminator/" + JsonPointers.escape(e.getKey()));
      }
    }
    for (Map.Entry<String, SchemaView> e : n.polymorphic.entrySet()) {
      if (!o.polymorphic.containsKey(e.getKey())) {
        p.emit(VALUE_ADDED, Effect.WIDENED, od.node(), e.getValue().node(), "discriminator value '" + e.getKey()
            + "' added: " + subtype(e.getValue()) + (p.input() ? " is now accepted"
                : " may now be sent; old clients do not know it"));
      }
    }
  }

  /** Reports a discriminator that names another property; then nothing else of it compares. */
  private static boolean propertyChanged(SchemaPair p, Shape.Discriminator od, Shape.Discriminator nd) {
    if (od.propertyName().equals(nd.propertyName())) {
      return false;
    }
    p.emit(PROPERTY_CHANGED, Effect.CHANGED, od.node(), nd.node(), "discriminator property changed from '"
        + od.propertyName() + "' to '" + nd.propertyName() + "'");
    return true;
  }

  /** The subtype a value selects, and the schema it extends (the same words at every level it is met). */
  private static String subtype(SchemaView target) {
    String name = last(target.node().pointer());
    for (dev.charter.core.spec.SpecNode part : target.node().get("allOf").map(dev.charter.core.spec.SpecNode::elements)
        .orElse(List.of())) {
      if (part.isRef() && part.resolved() != part) {
        return "'" + name + "' (an allOf subtype of '" + last(part.resolved().pointer()) + "')";
      }
    }
    return "'" + name + "'";
  }

  private static String last(String pointer) {
    return JsonPointers.unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
  }
}
