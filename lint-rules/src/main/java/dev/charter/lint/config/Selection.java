package dev.charter.lint.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.core.diag.Diagnostic;
import dev.charter.lint.RuleDescriptor;
import dev.charter.lint.RuleRegistry;
import dev.charter.lint.engine.ActiveRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of configuration: the rules that run, with their severity and options, and the
 * per-file and per-pointer settings that decide, finding by finding, whether it is kept and how
 * serious it is.
 */
public record Selection(List<ActiveRule> rules, List<Scoped> scoped, List<Diagnostic> notes) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public Selection {
    rules = List.copyOf(rules);
    scoped = List.copyOf(scoped);
    notes = List.copyOf(notes);
  }

  /**
   * Settings that apply to some files (and within them, to a subtree at a pointer): rule id → the
   * severity there, or empty for off.
   */
  public record Scoped(FileScope scope, Map<String, Optional<dev.charter.core.diag.Severity>> severities) {}

  /** charter's default: {@code charter:recommended}, every rule at its default severity. */
  public static Selection defaults(RuleRegistry registry) {
    Map<String, Boolean> members = Rulesets.members(Rulesets.DEFAULT, Rulesets.Subset.RECOMMENDED, registry).orElseThrow();
    List<ActiveRule> rules = new ArrayList<>();
    for (RuleRegistry.Entry e : registry.entries()) {
      if (members.getOrDefault(e.descriptor().id(), false)) {
        rules.add(new ActiveRule(e.descriptor(), e.rule(), e.descriptor().severity(), defaultOptions(e.descriptor())));
      }
    }
    return new Selection(rules, List.of(), List.of());
  }

  public static Map<String, JsonNode> defaultOptions(RuleDescriptor d) {
    Map<String, JsonNode> out = new HashMap<>();
    for (RuleDescriptor.Option o : d.options()) {
      try {
        out.put(o.name(), JSON.readTree(o.defaultValue()));
      } catch (IOException e) {
        throw new UncheckedIOException("rule " + d.id() + ": default of option " + o.name() + " is not JSON", e);
      }
    }
    return out;
  }

  public Optional<ActiveRule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
