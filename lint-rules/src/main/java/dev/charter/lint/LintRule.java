package dev.charter.lint;

import dev.charter.core.diag.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Everything known about a rule, in one place on its class: the id findings carry, the default
 * severity, the formats it applies to, a one-line summary, the rationale, and a bad and a good
 * example. {@code charter rules}, the SARIF rule table and {@code docs/rules/} are generated from it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LintRule {
  /** Stable kebab-case id; Spectral's id where Spectral has the rule. Never reused or renamed. */
  String id();

  Severity severity();

  SpecFormat[] formats();

  RuleFamily family();

  /** Part of the recommended set of its family (and so of {@code charter:recommended} when that includes the family). */
  boolean recommended() default true;

  /** One sentence: what the rule requires. */
  String summary();

  /** Why it matters, in Markdown. */
  String rationale();

  /** A fragment that breaks the rule (YAML). */
  String bad();

  /** The same fragment, fixed (YAML). */
  String good();

  /** Options the rule accepts under {@code rules: {id: {options: …}}}. */
  RuleOption[] options() default {};

  /** Where charter knowingly differs from the peer tool with the same id, in Markdown; empty if nowhere. */
  String differences() default "";
}
