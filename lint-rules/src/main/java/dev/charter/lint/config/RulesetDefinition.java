package dev.charter.lint.config;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import java.util.List;

/**
 * One settings file, read and checked: what it extends, what it says about rules, and its
 * per-file overrides. Spectral rulesets and the {@code lint} section of charter.yaml both read into this.
 */
public record RulesetDefinition(String source, List<Extension> extensions, List<RuleEntry> rules,
    List<Override> overrides, List<Diagnostic> notes) {

  public RulesetDefinition {
    extensions = List.copyOf(extensions);
    rules = List.copyOf(rules);
    overrides = List.copyOf(overrides);
    notes = List.copyOf(notes);
  }

  /** An entry of {@code extends}: a named ruleset, or another ruleset file (already read). */
  public record Extension(String name, RulesetDefinition file, Rulesets.Subset subset, Location at) {
    public boolean isFile() {
      return file != null;
    }
  }

  /** Settings that apply to some files or pointers only. */
  public record Override(List<FileScope> scopes, List<Extension> extensions, List<RuleEntry> rules, Location at) {
    public Override {
      scopes = List.copyOf(scopes);
      extensions = List.copyOf(extensions);
      rules = List.copyOf(rules);
    }
  }
}
