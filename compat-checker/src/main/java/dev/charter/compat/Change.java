package dev.charter.compat;

import dev.charter.core.diag.Location;
import java.util.List;

/**
 * One change between two versions of a spec.
 *
 * @param id the kind of change ({@link ChangeKind#id()})
 * @param bump the semver bump it needs under the mode and settings in force
 * @param operation the operation or channel it concerns ({@code GET /pets/{id}}, {@code send
 *     user/signedup}), or the part of the document ({@code servers}, {@code security schemes})
 * @param message what changed, for a person
 * @param oldLocation where it is in the old document; for an addition, the parent it was added to
 * @param newLocation where it is in the new document; for a removal, the parent it was removed from
 * @param planned a removal the deprecation policy accepts: still a {@code major} bump, but it does not
 *     fail the gate
 * @param judgement whom the change can break, before the mode chose
 * @param otherOperations other operations the same change reaches (a schema they share): it is
 *     reported once, under the operation where it is nearest the surface
 */
public record Change(String id, Bump bump, String operation, String message, Location oldLocation,
    Location newLocation, boolean planned, Judgement judgement, List<String> otherOperations) {

  public Change {
    otherOperations = List.copyOf(otherOperations);
  }

  /** A major change that is not a planned removal: it fails a {@code --fail-on major} gate. */
  public boolean breaking() {
    return bump == Bump.MAJOR && !planned;
  }
}
