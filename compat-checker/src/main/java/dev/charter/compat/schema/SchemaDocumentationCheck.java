package dev.charter.compat.schema;

import dev.charter.compat.Bump;
import dev.charter.compat.Judgement;
import java.util.ArrayList;
import java.util.List;

/**
 * Descriptions, titles and examples of schemas: they change what people read, not what is valid.
 * The operation-level report gathers these into one {@code documentation-changed} per operation.
 */
public final class SchemaDocumentationCheck implements SchemaCheck {
  public static final SchemaKind CHANGED = SchemaKind.of("documentation-changed", Bump.PATCH, "patch",
      Bump.PATCH, "patch", "a description, title or example changed", SchemaDocumentationCheck.class);

  @Override
  public List<SchemaKind> kinds() {
    return List.of(CHANGED);
  }

  @Override
  public boolean appliesToUnions() {
    return true;
  }

  @Override
  public boolean appliesToDisjointTypes() {
    return true;
  }

  @Override
  public void compare(SchemaPair p) {
    Shape o = p.oldShape();
    Shape n = p.newShape();
    List<String> what = new ArrayList<>();
    if (!o.description.equals(n.description)) {
      what.add("description");
    }
    if (!o.title.equals(n.title)) {
      what.add("title");
    }
    if (!o.examples.equals(n.examples)) {
      what.add("examples");
    }
    if (!what.isEmpty()) {
      p.emit(CHANGED, Judgement.harmless(Bump.PATCH), o.at(what.get(0)), n.at(what.get(0)), String.join(", ", what) + " changed");
    }
  }
}
