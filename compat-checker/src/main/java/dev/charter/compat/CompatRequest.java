package dev.charter.compat;

import dev.charter.core.spec.SpecDocument;
import java.util.List;

/**
 * What to compare: two loaded versions of a spec and the policy to judge them by.
 *
 * @param history earlier versions with their dates, oldest first, ending with {@code oldSpec}'s own
 *     entry when its date is known; empty when nothing is known (plain files). It tells the
 *     deprecation policy how long something has been deprecated.
 */
public record CompatRequest(SpecDocument oldSpec, SpecDocument newSpec, DiffPolicy policy, List<DatedSpec> history) {

  public CompatRequest {
    history = List.copyOf(history);
  }

  public static CompatRequest of(SpecDocument oldSpec, SpecDocument newSpec, DiffPolicy policy) {
    return new CompatRequest(oldSpec, newSpec, policy, List.of());
  }
}
