package dev.charter.lint.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Severity;
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
import java.util.Set;

/**
 * The outcome of configuration: the rules that run, with their severity and options, and the
 * per-file and per-pointer settings that decide, finding by finding, whether it is kept and how
 * serious it is.
 *
 * @param onlyWhereOverridden rules that are off except where an override turns them on: they run,
 *     and their findings elsewhere are dropped
 */
public record Selection(List<ActiveRule> rules, List<Scoped> scoped, Set<String> onlyWhereOverridden,
    List<Diagnostic> notes) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public Selection {
    rules = List.copyOf(rules);
    scoped = List.copyOf(scoped);
    onlyWhereOverridden = Set.copyOf(onlyWhereOverridden);
    notes = List.copyOf(notes);
  }

  /**
   * Settings that apply to some files (and within them, to a subtree at a pointer): rule id → the
   * severity there, or empty for off.
   */
  public record Scoped(FileScope scope, Map<String, Optional<Severity>> severities) {}

  /** charter's default: {@code charter:recommended}, every rule at its default severity. */
  public static Selection defaults(RuleRegistry registry) {
    Map<String, Boolean> members = Rulesets.members(Rulesets.DEFAULT, Rulesets.Subset.RECOMMENDED, registry).orElseThrow();
    List<ActiveRule> rules = new ArrayList<>();
    for (RuleRegistry.Entry e : registry.entries()) {
      if (members.getOrDefault(e.descriptor().id(), false)) {
        rules.add(new ActiveRule(e.descriptor(), e.rule(), e.descriptor().severity(), defaultOptions(e.descriptor())));
      }
    }
    return new Selection(rules, List.of(), Set.of(), List.of());
  }

  /** Exactly these rules, at their default severity and options (tests, tools). */
  public static Selection only(RuleRegistry registry, List<String> ids) {
    List<ActiveRule> rules = new ArrayList<>();
    for (String id : ids) {
      RuleRegistry.Entry e = registry.entry(id).orElseThrow(() -> new IllegalArgumentException("no rule " + id));
      rules.add(new ActiveRule(e.descriptor(), e.rule(), e.descriptor().severity(), defaultOptions(e.descriptor())));
    }
    return new Selection(rules, List.of(), Set.of(), List.of());
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

  /**
   * The severity a finding is reported with where it is, or empty when the settings switch its rule
   * off there. Scoped settings for whole files apply in order, the last match winning; then the
   * one for the longest matching pointer.
   */
  public Optional<Severity> severityOf(Diagnostic d) {
    String id = d.id();
    Optional<Severity> severity = onlyWhereOverridden.contains(id) ? Optional.empty() : Optional.of(d.severity());
    String file = d.location().file();
    for (Scoped s : scoped) {
      if (s.scope().pointer().isEmpty() && s.severities().containsKey(id) && s.scope().matchesFile(file)) {
        severity = s.severities().get(id);
      }
    }
    int longest = -1;
    for (Scoped s : scoped) {
      if (s.scope().pointer().isPresent() && s.severities().containsKey(id) && s.scope().matchesFile(file)
          && s.scope().matchesPointer(d.location().pointer()) && s.scope().pointer().get().length() >= longest) {
        longest = s.scope().pointer().get().length();
        severity = s.severities().get(id);
      }
    }
    return severity;
  }
}
