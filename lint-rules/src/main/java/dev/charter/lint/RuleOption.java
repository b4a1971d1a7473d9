package dev.charter.lint;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One option of a rule: its name, the JSON type its value must have, and what it does. */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface RuleOption {
  String name();

  Type type();

  String description();

  /** The default, as JSON text ({@code "true"}, {@code "[\"X-Request-Id\"]"}). */
  String defaultValue();

  enum Type {
    BOOLEAN,
    STRING,
    STRING_LIST,
    INTEGER
  }
}
