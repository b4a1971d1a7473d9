package dev.charter.compat.schema;

import dev.charter.compat.Effect;
import java.util.ArrayList;
import java.util.List;

/**
 * The discriminator of a union: the property that names the variant, and the values explicitly
 * mapped. Variants themselves are judged by {@link VariantsCheck}; a value that no longer selects
 * anything is judged here like an enum value.
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
  public boolean appliesToSingles() {
    return false;
  }

  @Override
  public void compare(SchemaPair p) {
    Shape o = p.oldShape();
    Shape n = p.newShape();
    if (o.discriminator.isEmpty() || n.discriminator.isEmpty()) {
      return;
    }
    Shape.Discriminator od = o.discriminator.get();
    Shape.Discriminator nd = n.discriminator.get();
    if (!od.propertyName().equals(nd.propertyName())) {
      p.emit(PROPERTY_CHANGED, Effect.CHANGED, od.node(), nd.node(), "discriminator property changed from '"
          + od.propertyName() + "' to '" + nd.propertyName() + "'");
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
}
