package dev.charter.core.model;

import java.util.Locale;
import java.util.Optional;

/** The HTTP methods a Path Item can hold, in the order OpenAPI lists them. */
public enum HttpMethod {
  GET,
  PUT,
  POST,
  DELETE,
  OPTIONS,
  HEAD,
  PATCH,
  TRACE;

  /** The key under a Path Item ({@code get}). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<HttpMethod> ofKey(String key) {
    for (HttpMethod m : values()) {
      if (m.key().equals(key)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** GET, HEAD, OPTIONS and TRACE do not change state (RFC 9110 safe methods). */
  public boolean safe() {
    return this == GET || this == HEAD || this == OPTIONS || this == TRACE;
  }

  /** Repeating the request has the same effect as sending it once (RFC 9110). */
  public boolean idempotent() {
    return safe() || this == PUT || this == DELETE;
  }
}
