package dev.charter.lint;

import dev.charter.lint.walk.NodeType;
import dev.charter.lint.walk.Visit;
import java.util.Set;

/**
 * The check of one rule; its metadata is the {@link LintRule} annotation on the class. One instance
 * serves every document and may be called from several threads at once, so it holds no state: what
 * a check needs while it runs lives in locals or in {@link RuleContext#shared}.
 *
 * <p>A rule checks a document in either or both of two ways: {@link #check} runs once per document
 * and navigates the spec itself (through {@link RuleContext#root()} or the normalised model); {@link
 * #visit} is called by the engine's single walk over the document for each node of the types the
 * rule lists in {@link #visits()}, references included: a node reached through {@code $ref} is seen
 * where it is written, once per type it is used as.
 */
public interface Rule {

  /** Whole-document check. */
  default void check(RuleContext context) {}

  /** The node types {@link #visit} wants; {@link NodeType#ANY} for every object and array of the document. */
  default Set<NodeType> visits() {
    return Set.of();
  }

  default void visit(Visit node, RuleContext context) {}
}
