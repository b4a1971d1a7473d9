package dev.charter.lint.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.lint.RuleDescriptor;
import dev.charter.lint.spectral.SpectralRule;
import java.util.Map;

/**
 * What one settings file says about one rule. Every part is optional: a severity change, turning
 * the rule on or off, options, or a whole definition (a Spectral ruleset's own rule).
 *
 * @param severity the new severity, or null to keep it
 * @param enabled true or false to turn the rule on or off, or null to keep it
 * @param options option values to set, or null
 * @param custom the rule's own definition from a ruleset, or null for a rule charter knows
 * @param customDescriptor the metadata of {@code custom}
 * @param unsupported why the rule cannot run (a JavaScript function), or null
 */
public record RuleEntry(String id, Severity severity, Boolean enabled, Map<String, JsonNode> options, SpectralRule custom,
    RuleDescriptor customDescriptor, String unsupported, Location at) {

  public static RuleEntry severity(String id, Severity severity, boolean enabled, Location at) {
    return new RuleEntry(id, severity, enabled, null, null, null, null, at);
  }
}
