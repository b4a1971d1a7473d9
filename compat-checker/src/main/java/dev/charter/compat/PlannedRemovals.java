package dev.charter.compat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Decides, by the deprecation policy, whether a removal was planned, and says why. */
public final class PlannedRemovals {
  private final DeprecationPolicy policy;
  private final LocalDate today;

  public PlannedRemovals(DeprecationPolicy policy, LocalDate today) {
    this.policy = policy;
    this.today = today;
  }

  /**
   * @param deprecated whether the old version marked the element deprecated
   * @param sunset its sunset date as written, if any
   * @param deprecatedSince the earliest date the history shows it deprecated, if known
   */
  public Optional<String> reason(boolean deprecated, Optional<String> sunset, Optional<Instant> deprecatedSince) {
    if (!deprecated && sunset.isEmpty()) {
      return Optional.empty();
    }
    if (policy.honourSunset() && sunset.isPresent()) {
      Optional<LocalDate> date = parseDate(sunset.get());
      if (date.isPresent() && !date.get().isAfter(today)) {
        return Optional.of("deprecated with sunset " + date.get() + ", which has passed");
      }
    }
    if (deprecated && policy.minDays().isPresent() && deprecatedSince.isPresent()) {
      long days = ChronoUnit.DAYS.between(deprecatedSince.get().atZone(ZoneOffset.UTC).toLocalDate(), today);
      if (days >= policy.minDays().getAsInt()) {
        return Optional.of("deprecated for at least " + days + " days (policy: " + policy.minDays().getAsInt() + ")");
      }
    }
    return Optional.empty();
  }

  /** An RFC 3339 date or date-time, or an HTTP-date as the Sunset header carries (RFC 8594). */
  public static Optional<LocalDate> parseDate(String text) {
    String t = text.trim();
    try {
      return Optional.of(LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t));
    } catch (DateTimeParseException e) {
      // not ISO
    }
    try {
      return Optional.of(java.time.ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME)
          .withZoneSameInstant(ZoneOffset.UTC).toLocalDate());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
