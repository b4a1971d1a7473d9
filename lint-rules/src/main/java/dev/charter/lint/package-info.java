/** The rule engine, the built-in rules and rulesets, and Spectral ruleset loading. */
package dev.charter.lint;
