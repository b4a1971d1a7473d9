package dev.charter.cli;

import dev.charter.compat.DiffConfig;
import dev.charter.compat.DiffPolicy;
import dev.charter.core.config.ConfigException;

/** The diff policy for commands that compare as part of a larger run (ci, hook): charter.yaml's diff section. */
final class DiffPolicyOptions {
  private DiffPolicyOptions() {}

  static DiffPolicy policy(CharterCommand parent, String failOn) {
    DiffConfig config;
    try {
      config = DiffConfig.read(parent.config(), "diff");
    } catch (ConfigException e) {
      throw new InputException(e.toDiagnostic());
    }
    return DiffPolicy.defaults().withFailOn(DiffOptions.failOn(failOn)).withBumps(config.bumps())
        .withDeprecation(config.deprecation());
  }
}
