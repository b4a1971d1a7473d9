package dev.charter.mock;

import java.util.List;

/**
 * Cross-origin access, so that a web front end served from elsewhere can call the mock. On by
 * default for every origin ({@code *}), as Prism does; with a list of origins, only those are
 * allowed (and credentials with them).
 */
public record CorsPolicy(boolean enabled, List<String> origins) {
  public static final CorsPolicy ANY_ORIGIN = new CorsPolicy(true, List.of());
  public static final CorsPolicy DISABLED = new CorsPolicy(false, List.of());

  public CorsPolicy {
    origins = List.copyOf(origins);
  }

  public static CorsPolicy origins(List<String> origins) {
    return new CorsPolicy(true, origins);
  }

  public boolean anyOrigin() {
    return origins.isEmpty() || origins.contains("*");
  }

  /** The value of {@code Access-Control-Allow-Origin} for a request from {@code origin}; null: not allowed. */
  public String allowOrigin(String origin) {
    if (!enabled) {
      return null;
    }
    if (anyOrigin()) {
      return "*";
    }
    return origin != null && origins.contains(origin) ? origin : null;
  }
}
