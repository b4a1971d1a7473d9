package dev.charter.lint;

import dev.charter.core.config.CharterConfig;
import dev.charter.core.spec.LoadOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to lint and how: the specs as named on a command line (files, folders, {@code -}, {@code
 * REV:path}), how to load them, the settings file ({@code lint:} section of charter.yaml), Spectral
 * ruleset files, and an optional baseline of findings to leave out.
 *
 * @param rulesets Spectral rulesets ({@code .spectral.yaml} …) given explicitly; when empty and
 *     {@code discoverRuleset} is set, a {@code .spectral.yaml|yml|json} in the working directory is used
 *     as Spectral does
 * @param baseline findings recorded earlier ({@code --baseline}); those still present are not reported
 * @param baselineWrite where to record every finding of this run as the new baseline ({@code --baseline-write})
 */
public record LintRequest(List<String> specs, LoadOptions loadOptions, CharterConfig config, List<Path> rulesets,
    boolean discoverRuleset, Optional<Path> baseline, Optional<Path> baselineWrite) {

  public LintRequest {
    specs = List.copyOf(specs);
    Objects.requireNonNull(loadOptions);
    Objects.requireNonNull(config);
    rulesets = List.copyOf(rulesets);
  }

  /** Lint {@code specs} with charter's defaults: no settings file, no ruleset, no baseline. */
  public static LintRequest of(List<String> specs, LoadOptions loadOptions) {
    return new LintRequest(specs, loadOptions, CharterConfig.empty(), List.of(), false, Optional.empty(), Optional.empty());
  }

  public LintRequest withRulesets(List<Path> files) {
    return new LintRequest(specs, loadOptions, config, files, discoverRuleset, baseline, baselineWrite);
  }

  public LintRequest withConfig(CharterConfig newConfig) {
    return new LintRequest(specs, loadOptions, newConfig, rulesets, discoverRuleset, baseline, baselineWrite);
  }

  public LintRequest withBaseline(Path file) {
    return new LintRequest(specs, loadOptions, config, rulesets, discoverRuleset, Optional.of(file), baselineWrite);
  }

  public LintRequest withBaselineWrite(Path file) {
    return new LintRequest(specs, loadOptions, config, rulesets, discoverRuleset, baseline, Optional.of(file));
  }
}
