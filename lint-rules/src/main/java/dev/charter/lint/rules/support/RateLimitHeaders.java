package dev.charter.lint.rules.support;

import java.util.Locale;
import java.util.Set;

/** The response headers by which APIs announce rate limits: the IETF RateLimit fields and the common X- forms. */
public final class RateLimitHeaders {
  private static final Set<String> LIMIT = Set.of("ratelimit", "ratelimit-limit", "ratelimit-policy", "x-ratelimit-limit",
      "x-rate-limit-limit", "x-ratelimit-remaining", "x-rate-limit-remaining", "ratelimit-remaining");

  private RateLimitHeaders() {}

  public static boolean isLimit(String header) {
    return LIMIT.contains(header.toLowerCase(Locale.ROOT));
  }
}
