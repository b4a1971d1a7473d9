package dev.charter.compat;

import java.util.OptionalInt;

/**
 * When removing something is a planned removal rather than a surprise: it still needs a major
 * bump, but it does not fail the gate.
 *
 * @param honourSunset a removal is planned when the old version marked the element deprecated with
 *     a sunset date ({@code x-sunset}, or a {@code Sunset} response header) that has passed
 * @param minDays a removal is planned when the element was deprecated at least this many days
 *     before today, where the history says since when (git revisions and tags carry dates); empty
 *     to never accept a removal on age alone
 */
public record DeprecationPolicy(boolean honourSunset, OptionalInt minDays) {
  public static final DeprecationPolicy DEFAULT = new DeprecationPolicy(true, OptionalInt.of(90));
}
