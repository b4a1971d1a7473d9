package dev.charter.lint.config;

import dev.charter.core.diag.CloseNames;
import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleDescriptor;
import dev.charter.lint.RuleOption;
import dev.charter.lint.RuleRegistry;
import dev.charter.lint.engine.ActiveRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns settings files, applied in order, into a {@link Selection}: each {@code extends} brings in
 * a ruleset's rules (on or off by its subset), each rule entry changes one rule, and overrides become
 * per-file settings. A rule named anywhere must exist, and options must be those the rule declares,
 * of the right type.
 */
public final class Configurator {
  private final RuleRegistry registry;

  public Configurator(RuleRegistry registry) {
    this.registry = registry;
  }

  /** The state of one rule while settings are applied. */
  private static final class State {
    final RuleDescriptor descriptor;
    final Rule rule;
    boolean enabled;
    Severity severity;
    final Map<String, JsonNode> options;

    State(RuleDescriptor descriptor, Rule rule) {
      this.descriptor = descriptor;
      this.rule = rule;
      this.severity = descriptor.severity();
      this.options = Selection.defaultOptions(descriptor);
    }
  }

  private final class Run {
    final Map<String, State> states = new LinkedHashMap<>();
    final List<Diagnostic> notes = new ArrayList<>();
    final List<Selection.Scoped> scoped = new ArrayList<>();
    final Set<String> overridden = new LinkedHashSet<>();
    /** Some extended ruleset could not be read (a package, a URL): rules it would define may be named without error. */
    boolean incomplete;

    State state(String id, Location at, String errorId, boolean mayBeMissing) throws ConfigurationException {
      State s = states.get(id);
      if (s == null) {
        Optional<RuleRegistry.Entry> e = registry.entry(id);
        if (e.isEmpty()) {
          if (mayBeMissing && incomplete) {
            notes.add(new Diagnostic("ruleset-note", Severity.INFO, "rule '" + id
                + "' is not known; it may come from a ruleset charter could not load", at));
            return null;
          }
          throw new ConfigurationException(errorId, "unknown rule '" + id + "'" + suggestion(id)
              + " (charter rules lists them)", at);
        }
        s = new State(e.get().descriptor(), e.get().rule());
        s.enabled = false;
        states.put(id, s);
      }
      return s;
    }

    void apply(RulesetDefinition def, String errorId) throws ConfigurationException {
      notes.addAll(def.notes());
      if (def.notes().stream().anyMatch(n -> n.message().contains("not applied"))) {
        incomplete = true;
      }
      for (RulesetDefinition.Extension ext : def.extensions()) {
        extend(ext, errorId);
      }
      for (RuleEntry r : def.rules()) {
        rule(r, errorId);
      }
    }

    void extend(RulesetDefinition.Extension ext, String errorId) throws ConfigurationException {
      if (ext.isFile()) {
        Set<String> before = new HashSet<>(states.keySet());
        Map<String, Boolean> enabledBefore = new HashMap<>();
        states.forEach((k, v) -> enabledBefore.put(k, v.enabled));
        apply(ext.file(), ConfigurationException.RULESET_ERROR);
        if (ext.subset() != Rulesets.Subset.RECOMMENDED) {
          for (Map.Entry<String, State> e : states.entrySet()) {
            boolean touched = !before.contains(e.getKey()) || enabledBefore.get(e.getKey()) != e.getValue().enabled;
            if (touched) {
              e.getValue().enabled = ext.subset() == Rulesets.Subset.ALL;
            }
          }
        }
        return;
      }
      Map<String, Boolean> members = Rulesets.members(ext.name(), ext.subset(), registry).orElseThrow();
      for (Map.Entry<String, Boolean> m : members.entrySet()) {
        State s = state(m.getKey(), ext.at(), errorId, false);
        s.enabled = m.getValue();
        s.severity = s.descriptor.severity();
      }
    }

    void rule(RuleEntry r, String errorId) throws ConfigurationException {
      if (r.customDescriptor() != null) {
        State s = new State(r.customDescriptor(), r.custom());
        s.enabled = r.unsupported() == null && Boolean.TRUE.equals(r.enabled());
        if (r.severity() != null) {
          s.severity = r.severity();
        }
        states.put(r.id(), s);
        return;
      }
      State s = state(r.id(), r.at(), errorId, true);
      if (s == null) {
        return;
      }
      if (s.rule == null) {
        // A ruleset rule that cannot run (custom JavaScript): settings for it are accepted and change nothing.
        return;
      }
      if (r.severity() != null) {
        s.severity = r.severity();
      }
      if (r.enabled() != null) {
        s.enabled = r.enabled();
      }
      if (r.options() != null) {
        for (Map.Entry<String, JsonNode> o : r.options().entrySet()) {
          checkOption(s.descriptor, o.getKey(), o.getValue(), r.at(), errorId);
          s.options.put(o.getKey(), o.getValue());
        }
      }
    }

    void override(RulesetDefinition.Override o, String errorId) throws ConfigurationException {
      Map<String, Optional<Severity>> severities = new LinkedHashMap<>();
      for (RulesetDefinition.Extension ext : o.extensions()) {
        if (ext.isFile()) {
          for (RuleEntry r : ext.file().rules()) {
            overrideEntry(r, severities, ConfigurationException.RULESET_ERROR);
          }
          continue;
        }
        for (Map.Entry<String, Boolean> m : Rulesets.members(ext.name(), ext.subset(), registry).orElseThrow().entrySet()) {
          State s = state(m.getKey(), ext.at(), errorId, false);
          severities.put(m.getKey(), m.getValue() ? Optional.of(s.descriptor.severity()) : Optional.empty());
        }
      }
      for (RuleEntry r : o.rules()) {
        overrideEntry(r, severities, errorId);
      }
      for (FileScope scope : o.scopes()) {
        scoped.add(new Selection.Scoped(scope, severities));
      }
      for (Map.Entry<String, Optional<Severity>> e : severities.entrySet()) {
        if (e.getValue().isPresent()) {
          overridden.add(e.getKey());
        }
      }
    }

    private void overrideEntry(RuleEntry r, Map<String, Optional<Severity>> severities, String errorId)
        throws ConfigurationException {
      if (r.customDescriptor() != null) {
        State s = new State(r.customDescriptor(), r.custom());
        s.enabled = false;
        states.putIfAbsent(r.id(), s);
        severities.put(r.id(), r.unsupported() == null && Boolean.TRUE.equals(r.enabled())
            ? Optional.of(r.severity() == null ? r.customDescriptor().severity() : r.severity()) : Optional.empty());
        return;
      }
      State s = state(r.id(), r.at(), errorId, false);
      if (r.options() != null) {
        throw new ConfigurationException(errorId, "options of rule '" + r.id() + "' cannot differ per file; set them under 'rules'",
            r.at());
      }
      if (Boolean.FALSE.equals(r.enabled())) {
        severities.put(r.id(), Optional.empty());
      } else {
        severities.put(r.id(), Optional.of(r.severity() != null ? r.severity() : s.severity));
      }
    }
  }

  /**
   * Applies {@code layers} in order. With {@code startFromDefault}, {@code charter:recommended}
   * comes first (no ruleset said what to extend).
   */
  public Selection configure(List<Layer> layers, boolean startFromDefault) throws ConfigurationException {
    Run run = new Run();
    if (startFromDefault) {
      run.extend(new RulesetDefinition.Extension(Rulesets.DEFAULT, null, Rulesets.Subset.RECOMMENDED,
          Location.ofFile("<default>")), ConfigurationException.CONFIG_ERROR);
    }
    for (Layer layer : layers) {
      run.apply(layer.definition(), layer.errorId());
    }
    for (Layer layer : layers) {
      for (RulesetDefinition.Override o : layer.definition().overrides()) {
        run.override(o, layer.errorId());
      }
    }
    List<ActiveRule> rules = new ArrayList<>();
    Set<String> onlyWhereOverridden = new HashSet<>();
    for (Map.Entry<String, State> e : run.states.entrySet()) {
      State s = e.getValue();
      if (s.rule == null) {
        continue;
      }
      boolean byOverride = !s.enabled && run.overridden.contains(e.getKey());
      if (s.enabled || byOverride) {
        rules.add(new ActiveRule(s.descriptor, s.rule, s.severity, s.options));
        if (byOverride) {
          onlyWhereOverridden.add(e.getKey());
        }
      }
    }
    return new Selection(rules, run.scoped, onlyWhereOverridden, run.notes);
  }

  /** One settings file and the id its problems are reported under. */
  public record Layer(RulesetDefinition definition, String errorId) {}

  private String suggestion(String id) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (RuleDescriptor d : registry.descriptors()) {
      int dist = CloseNames.distance(id, d.id());
      if (dist < bestDistance) {
        bestDistance = dist;
        best = d.id();
      }
    }
    return best != null && bestDistance <= Math.max(2, id.length() / 4) ? "; did you mean '" + best + "'?" : "";
  }


  static void checkOption(RuleDescriptor d, String name, JsonNode value, Location at, String errorId)
      throws ConfigurationException {
    Optional<RuleDescriptor.Option> o = d.option(name);
    if (o.isEmpty()) {
      String known = d.options().isEmpty() ? "it has none" : "known: "
          + String.join(", ", d.options().stream().map(RuleDescriptor.Option::name).toList());
      throw new ConfigurationException(errorId, "rule '" + d.id() + "' has no option '" + name + "' (" + known + ")", at);
    }
    RuleOption.Type type = o.get().type();
    boolean ok = switch (type) {
      case BOOLEAN -> value.isBoolean();
      case STRING -> value.isTextual();
      case INTEGER -> value.isIntegralNumber();
      case STRING_LIST -> value.isArray() && java.util.stream.StreamSupport.stream(value.spliterator(), false)
          .allMatch(JsonNode::isTextual);
    };
    if (!ok) {
      String expected = switch (type) {
        case BOOLEAN -> "true or false";
        case STRING -> "a string";
        case INTEGER -> "an integer";
        case STRING_LIST -> "a list of strings";
      };
      throw new ConfigurationException(errorId, "option '" + name + "' of rule '" + d.id() + "' must be " + expected, at);
    }
  }
}
