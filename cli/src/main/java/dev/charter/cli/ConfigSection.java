package dev.charter.cli;

import java.util.Set;

/** A command whose section of {@code charter.yaml} holds settings other than its option defaults. */
interface ConfigSection {
  /** Keys of the command's section that a feature module reads itself (a lint ruleset, say). */
  Set<String> structuredKeys();
}
