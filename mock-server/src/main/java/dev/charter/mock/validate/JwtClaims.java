package dev.charter.mock.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The claims of a JSON Web Token, read without checking its signature: a mock has no keys to
 * check it with, and what clients need to see refused is the token that has expired, is not yet
 * valid or lacks a scope. Decoding is base64url and JSON, so no JOSE library is needed for it.
 */
record JwtClaims(Optional<Long> expires, Optional<Long> notBefore, Set<String> scopes) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The claims of {@code token}, or empty when it is not a JWT (three base64url parts, a JSON payload). */
  static Optional<JwtClaims> parse(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3 || parts[1].isEmpty() || token.length() > 16 * 1024) {
      return Optional.empty();
    }
    try {
      JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(strip(parts[0])));
      JsonNode payload = JSON.readTree(new String(Base64.getUrlDecoder().decode(strip(parts[1])), StandardCharsets.UTF_8));
      if (!header.isObject() || !payload.isObject()) {
        return Optional.empty();
      }
      Set<String> scopes = new LinkedHashSet<>();
      for (String claim : new String[] {"scope", "scp", "scopes"}) {
        JsonNode s = payload.get(claim);
        if (s != null && s.isTextual()) {
          for (String x : SPACES.split(s.asText().trim())) {
            if (!x.isEmpty()) {
              scopes.add(x);
            }
          }
        } else if (s != null && s.isArray()) {
          s.forEach(x -> scopes.add(x.asText()));
        }
      }
      return Optional.of(new JwtClaims(seconds(payload.get("exp")), seconds(payload.get("nbf")), Set.copyOf(scopes)));
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  private static String strip(String part) {
    int pad = part.indexOf('=');
    return pad < 0 ? part : part.substring(0, pad);
  }

  private static Optional<Long> seconds(JsonNode n) {
    return n != null && n.isNumber() ? Optional.of(n.asLong()) : Optional.empty();
  }
}
