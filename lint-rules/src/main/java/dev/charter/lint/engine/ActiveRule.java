package dev.charter.lint.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Severity;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleDescriptor;
import java.util.Map;

/**
 * A rule as configured for a run: its check, its metadata, the severity it reports with, and its
 * options (configured values over the defaults from its metadata).
 */
public record ActiveRule(RuleDescriptor descriptor, Rule rule, Severity severity, Map<String, JsonNode> options) {
  public ActiveRule {
    options = Map.copyOf(options);
  }

  public String id() {
    return descriptor.id();
  }
}
