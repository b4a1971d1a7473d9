package dev.charter.compat;

import dev.charter.core.diag.Location;
import dev.charter.core.spec.SpecNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Collects the changes of one comparison, giving each its bump under the policy and dropping exact
 * repeats (the same change reached twice through one operation's schemas).
 */
public final class ChangeSink {
  private final DiffPolicy policy;
  private final List<Change> changes = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  public ChangeSink(DiffPolicy policy) {
    this.policy = policy;
  }

  public DiffPolicy policy() {
    return policy;
  }

  public void add(String id, Judgement judgement, String operation, String message, SpecNode oldNode, SpecNode newNode) {
    add(id, judgement, operation, message, oldNode, newNode, Optional.empty());
  }

  /**
   * @param planned when the deprecation policy accepts this removal, why
   */
  public void add(String id, Judgement judgement, String operation, String message, SpecNode oldNode, SpecNode newNode,
      Optional<String> planned) {
    add(id, judgement, operation, message, oldNode, newNode, planned, List.of());
  }

  public void add(String id, Judgement judgement, String operation, String message, SpecNode oldNode, SpecNode newNode,
      Optional<String> planned, List<String> otherOperations) {
    Bump bump = policy.bumps().getOrDefault(id, judgement.bump(policy.mode()));
    Location oldAt = oldNode.location();
    Location newAt = newNode.location();
    String key = id + '\u0000' + operation + '\u0000' + message + '\u0000' + oldAt + '\u0000' + newAt;
    if (!seen.add(key)) {
      return;
    }
    boolean isPlanned = planned.isPresent() && bump == Bump.MAJOR;
    String text = isPlanned ? message + " (planned removal: " + planned.get() + ")" : message;
    changes.add(new Change(id, bump, operation, text, oldAt, newAt, isPlanned, judgement, otherOperations));
  }

  public List<Change> changes() {
    return List.copyOf(changes);
  }
}
