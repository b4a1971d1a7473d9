package dev.charter.lint;

/**
 * Where a rule comes from, which decides the rulesets it belongs to: {@code spectral:oas} and
 * {@code spectral:asyncapi} hold the rules of those families; {@code charter:recommended} holds
 * the recommended rules of the first three; {@code charter:owasp} and {@code charter:integration}
 * hold their own families; {@code charter:all} holds every rule.
 */
public enum RuleFamily {
  /** Spectral's {@code spectral:oas} rules, same ids, same meaning. */
  SPECTRAL_OAS("spectral:oas"),
  /** Spectral's {@code spectral:asyncapi} rules, same ids, same meaning. */
  SPECTRAL_ASYNCAPI("spectral:asyncapi"),
  /** Rules charter adds for correctness (most also in Redocly's recommended set, same ids). */
  CHARTER("charter:recommended"),
  /** API security rules after the OWASP API Security Top 10 (vacuum's OWASP ids where they exist). */
  OWASP("charter:owasp"),
  /** Conventions that make integrations reliable: error schemas, rate limits, idempotency, pagination. */
  INTEGRATION("charter:integration"),
  /** Rules defined in a user's Spectral ruleset. */
  CUSTOM("custom");

  private final String ruleset;

  RuleFamily(String ruleset) {
    this.ruleset = ruleset;
  }

  /** The ruleset that holds every rule of this family. */
  public String ruleset() {
    return ruleset;
  }
}
