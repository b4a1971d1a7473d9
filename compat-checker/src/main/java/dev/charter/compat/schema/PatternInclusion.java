package dev.charter.compat.schema;

import dev.charter.compat.Effect;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** Decides how two sets of patterns relate, where it can. */
final class PatternInclusion {
  private PatternInclusion() {}

  /** How the strings admitted by all of {@code newPatterns} relate to those of {@code oldPatterns}; empty when undecided. */
  static Optional<Effect> compare(List<String> oldPatterns, List<String> newPatterns) {
    if (new HashSet<>(oldPatterns).equals(new HashSet<>(newPatterns))) {
      return Optional.of(Effect.NEUTRAL);
    }
    return Optional.empty();
  }
}
