package dev.charter.compat;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of comparing two versions.
 *
 * @param oldName the old document as named to the user ({@code v1.2.0:openapi.yaml})
 * @param newName the new document
 * @param changes every change, in the order found
 * @param bump the largest bump of any change, planned removals included (they still need it)
 * @param failed whether the policy fails: a change that is not a planned removal at or above
 *     {@code --fail-on}, or a version that does not carry the bump
 * @param version the outcome of the version check, when asked for
 */
public record CompatResult(String oldName, String newName, DiffPolicy policy, List<Change> changes, Bump bump,
    boolean failed, Optional<VersionCheck> version) {

  public CompatResult {
    changes = List.copyOf(changes);
  }

  /** Whether any change is breaking: a major change that is not a planned removal. */
  public boolean breaking() {
    return changes.stream().anyMatch(Change::breaking);
  }

  /** The changes that fail the gate. */
  public List<Change> failing() {
    return policy.failOn().map(f -> changes.stream().filter(c -> !c.planned() && c.bump().atLeast(f)).toList())
        .orElse(List.of());
  }
}
