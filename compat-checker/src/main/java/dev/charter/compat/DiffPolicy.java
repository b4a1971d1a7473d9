package dev.charter.compat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * How changes are judged and when the comparison fails.
 *
 * @param mode whose code must keep working
 * @param failOn the smallest bump that fails the gate; empty never fails
 * @param bumps per change id, the bump to use instead of the computed one (the judgement calls a
 *     team makes differently: {@code response-enum-value-added: minor} for clients that accept
 *     unknown values)
 * @param deprecation when a removal is planned
 * @param checkVersion whether {@code info.version} must carry the bump
 * @param today the date sunset dates and deprecation ages are measured against
 */
public record DiffPolicy(Mode mode, Optional<Bump> failOn, Map<String, Bump> bumps, DeprecationPolicy deprecation,
    boolean checkVersion, LocalDate today) {

  public DiffPolicy {
    bumps = Map.copyOf(bumps);
  }

  public static DiffPolicy defaults() {
    return new DiffPolicy(Mode.BACKWARD, Optional.of(Bump.MAJOR), Map.of(), DeprecationPolicy.DEFAULT, false,
        LocalDate.now(java.time.ZoneOffset.UTC));
  }

  public DiffPolicy withMode(Mode m) {
    return new DiffPolicy(m, failOn, bumps, deprecation, checkVersion, today);
  }

  public DiffPolicy withFailOn(Optional<Bump> f) {
    return new DiffPolicy(mode, f, bumps, deprecation, checkVersion, today);
  }

  public DiffPolicy withBumps(Map<String, Bump> b) {
    return new DiffPolicy(mode, failOn, b, deprecation, checkVersion, today);
  }

  public DiffPolicy withDeprecation(DeprecationPolicy d) {
    return new DiffPolicy(mode, failOn, bumps, d, checkVersion, today);
  }

  public DiffPolicy withCheckVersion(boolean c) {
    return new DiffPolicy(mode, failOn, bumps, deprecation, c, today);
  }

  public DiffPolicy withToday(LocalDate d) {
    return new DiffPolicy(mode, failOn, bumps, deprecation, checkVersion, d);
  }
}
