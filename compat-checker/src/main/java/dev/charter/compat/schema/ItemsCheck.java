package dev.charter.compat.schema;

import java.util.List;

/** What the items of an array admit, positional ones ({@code prefixItems}, draft-7 tuples) included. */
final class ItemsCheck implements SchemaCheck {

  @Override
  public List<SchemaKind> kinds() {
    return List.of();
  }

  @Override
  public void compare(SchemaPair p) {
    if (!TypeRules.both(p, "array")) {
      return;
    }
    Shape o = p.oldShape();
    Shape n = p.newShape();
    if (!o.items.isEmpty() || !n.items.isEmpty()) {
      p.recurse(p.oldShapeOf(o.items, o.at("items")), p.newShapeOf(n.items, n.at("items")), "/items");
    }
    int positions = Math.max(o.prefixItems.size(), n.prefixItems.size());
    for (int i = 0; i < positions; i++) {
      List<dev.charter.core.model.SchemaView> ov = i < o.prefixItems.size() ? o.prefixItems.get(i) : o.items;
      List<dev.charter.core.model.SchemaView> nv = i < n.prefixItems.size() ? n.prefixItems.get(i) : n.items;
      p.recurse(p.oldShapeOf(ov, o.anchor), p.newShapeOf(nv, n.anchor), "/prefixItems/" + i);
    }
  }
}
