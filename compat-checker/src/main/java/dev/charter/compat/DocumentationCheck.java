package dev.charter.compat;

import java.util.List;

/**
 * Descriptions, summaries, titles, tags and examples: what people read, not what is valid (patch).
 * All such changes of one operation (its parameters, bodies and schemas included) are one change.
 */
public final class DocumentationCheck implements Check {
  public static final ChangeKind CHANGED = ChangeKind.of(Comparison.DOCUMENTATION_CHANGED, Bump.PATCH,
      "descriptions, summaries, titles, tags or examples changed", DocumentationCheck.class);

  @Override
  public List<ChangeKind> kinds() {
    return List.of(CHANGED);
  }
}
