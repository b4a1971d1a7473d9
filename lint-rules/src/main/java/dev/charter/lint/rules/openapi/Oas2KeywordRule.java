package dev.charter.lint.rules.openapi;

import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.walk.NodeType;
import dev.charter.lint.walk.Visit;
import java.util.Set;

/**
 * The check of a rule that refuses, in a Swagger 2.0 document, a keyword only OpenAPI 3 has: every
 * object that holds it is a finding, at the keyword. Each such rule is its own class, with its own
 * id and documentation.
 */
abstract class Oas2KeywordRule implements Rule {
  private final String keyword;

  Oas2KeywordRule(String keyword) {
    this.keyword = keyword;
  }

  @Override
  public final Set<NodeType> visits() {
    return Set.of(NodeType.ANY);
  }

  @Override
  public final void visit(Visit node, RuleContext context) {
    if (node.isObject() && node.has(keyword)) {
      context.report(node.file(), node.pointer(keyword), "\"" + keyword + "\" keyword must not be used in OpenAPI v2 document.");
    }
  }
}
