package dev.charter.lint;

import dev.charter.lint.rules.openapi.InfoContactRule;
import dev.charter.lint.rules.openapi.InfoDescriptionRule;
import dev.charter.lint.rules.openapi.NoEvalInMarkdownRule;
import dev.charter.lint.rules.openapi.NoScriptTagsInMarkdownRule;
import dev.charter.lint.rules.openapi.OperationOperationIdRule;
import dev.charter.lint.rules.openapi.PathKeysNoTrailingSlashRule;
import dev.charter.lint.rules.openapi.TypedEnumRule;
import java.util.List;

/** charter's own rules: the one list of them, in the order {@code charter rules} prints them. */
public final class BuiltInRules implements RuleProvider {
  @Override
  public List<Class<? extends Rule>> rules() {
    return List.of(
        // spectral:oas
        InfoContactRule.class,
        InfoDescriptionRule.class,
        NoEvalInMarkdownRule.class,
        NoScriptTagsInMarkdownRule.class,
        OperationOperationIdRule.class,
        PathKeysNoTrailingSlashRule.class,
        TypedEnumRule.class);
  }
}
