package dev.charter.lint;

import java.util.List;

/**
 * Supplies rule classes to the registry. charter's own rules come from {@code BuiltInRules}; a jar
 * on the classpath adds its rules by naming its provider in {@code
 * META-INF/services/dev.charter.lint.RuleProvider}. Each rule class needs a {@link LintRule}
 * annotation and a public no-argument constructor; its id must not clash with another rule's.
 */
public interface RuleProvider {
  List<Class<? extends Rule>> rules();
}
