package dev.charter.mock.validate;

import dev.charter.core.diag.Location;
import dev.charter.core.model.SecurityRequirement;
import dev.charter.core.model.SecurityScheme;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Enforces an operation's security requirements the way a real API would, short of knowing the
 * credentials: each alternative of the requirement list is tried, and the request passes when all
 * schemes of one alternative are satisfied. A scheme is satisfied by a credential of the right
 * form in the right place: an API key in its header, query parameter or cookie; {@code
 * Authorization: Basic} with base64 {@code user:password}; {@code Authorization: Bearer} for HTTP
 * bearer, OAuth2 and OpenID Connect. With JWT verification on, a bearer token that is a JWT must
 * not have expired (nor be used before {@code nbf}) and must carry the scopes the requirement
 * lists. Mutual TLS is taken as satisfied (the mock serves plain HTTP).
 */
public final class SecurityCheck {
  private final List<List<Need>> alternatives;
  private final boolean anonymous;
  private final boolean verifyJwt;
  private final Clock clock;
  private final List<String> challenges;

  /**
   * One scheme one alternative needs, with the scopes it asks for, and what the request must carry
   * for it, worked out once.
   *
   * @param type the scheme's type in lower case ({@code apikey}, {@code http}, {@code oauth2}, …)
   * @param authorization for HTTP schemes, the {@code Authorization} prefix ({@code "basic "}); else null
   */
  private record Need(SecurityScheme scheme, List<String> scopes, Location location, String type,
      String authorization) {
    Need(SecurityScheme scheme, List<String> scopes) {
      this(scheme, scopes, scheme.node().location(), scheme.type().toLowerCase(Locale.ROOT), switch (
          scheme.type().toLowerCase(Locale.ROOT)) {
        case "http" -> scheme.scheme().orElse("bearer") + " ";
        case "oauth2", "openidconnect" -> "bearer ";
        default -> null;
      });
    }
  }

  /** Why the request is refused: 401 for missing or unusable credentials, 403 for missing scopes. */
  public record Failure(int status, String message, String scheme, Location location, List<String> challenges) {}

  public SecurityCheck(List<SecurityRequirement> requirements, Map<String, SecurityScheme> schemes, boolean verifyJwt,
      Clock clock) {
    this.verifyJwt = verifyJwt;
    this.clock = clock;
    List<List<Need>> alts = new ArrayList<>();
    boolean anon = requirements.isEmpty();
    Set<String> challenge = new LinkedHashSet<>();
    for (SecurityRequirement r : requirements) {
      if (r.anonymous()) {
        anon = true;
        continue;
      }
      List<Need> needs = new ArrayList<>();
      boolean known = true;
      for (Map.Entry<String, List<String>> e : r.schemes().entrySet()) {
        SecurityScheme s = schemes.get(e.getKey());
        if (s == null) {
          known = false;
          break;
        }
        needs.add(new Need(s, List.copyOf(e.getValue())));
        challenge(s).ifPresent(challenge::add);
      }
      if (known) {
        alts.add(List.copyOf(needs));
      }
    }
    // requirements naming only undeclared schemes cannot be met by anyone: do not lock everything out
    this.anonymous = anon || (alts.isEmpty() && !requirements.isEmpty());
    this.alternatives = List.copyOf(alts);
    this.challenges = List.copyOf(challenge);
  }

  public boolean enforced() {
    return !anonymous && !alternatives.isEmpty();
  }

  /** Empty when the request may proceed; otherwise the failure of the alternative that came closest. */
  public Optional<Failure> check(RequestView request) {
    if (!enforced()) {
      return Optional.empty();
    }
    Failure best = null;
    for (List<Need> alternative : alternatives) {
      Failure f = null;
      for (Need n : alternative) {
        f = check(n, request);
        if (f != null) {
          break;
        }
      }
      if (f == null) {
        return Optional.empty();
      }
      // a 403 (right credential, wrong scope) says more than a 401
      if (best == null || f.status() > best.status()) {
        best = f;
      }
    }
    return Optional.ofNullable(best);
  }

  private Failure check(Need need, RequestView request) {
    SecurityScheme s = need.scheme();
    switch (need.type()) {
      case "apikey": {
        String name = s.parameterName().orElse("");
        String in = s.in().orElse("header");
        String value = switch (in) {
          case "query" -> {
            List<String> values = request.query(name);
            yield values.isEmpty() ? null : values.get(0);
          }
          case "cookie" -> request.cookie(name);
          default -> request.header(name);
        };
        if (value == null || value.isBlank()) {
          return fail(401, "the API key " + in + " " + (in.equals("header") ? "'" + name + "'" : "parameter '" + name + "'")
              + " is missing (security scheme '" + s.name() + "')", need);
        }
        return null;
      }
      case "http", "oauth2", "openidconnect": {
        String prefix = need.authorization();
        String auth = request.header("Authorization");
        if (auth == null || auth.length() <= prefix.length() || !auth.regionMatches(true, 0, prefix, 0, prefix.length())) {
          return fail(401, need.type().equals("http")
              ? "an 'Authorization: " + capitalized(prefix.trim()) + " …' header is required (security scheme '"
                  + s.name() + "')"
              : "an 'Authorization: Bearer …' access token is required (security scheme '" + s.name() + "')", need);
        }
        String credentials = auth.substring(prefix.length()).trim();
        return switch (prefix) {
          case "basic " -> basic(credentials, need);
          case "bearer " -> bearer(credentials, need);
          default -> null;
        };
      }
      default:
        return null;
    }
  }

  private Failure basic(String credentials, Need need) {
    try {
      String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
      if (decoded.indexOf(':') < 0) {
        return fail(401, "Basic credentials must be base64 of 'user:password' (security scheme '"
            + need.scheme().name() + "')", need);
      }
      return null;
    } catch (IllegalArgumentException e) {
      return fail(401, "Basic credentials are not valid base64 (security scheme '" + need.scheme().name() + "')", need);
    }
  }

  private Failure bearer(String token, Need need) {
    if (token.isEmpty()) {
      return fail(401, "the bearer token is empty (security scheme '" + need.scheme().name() + "')", need);
    }
    if (!verifyJwt) {
      return null;
    }
    Optional<JwtClaims> claims = JwtClaims.parse(token);
    if (claims.isEmpty()) {
      boolean jwtExpected = need.scheme().bearerFormat().map(f -> f.equalsIgnoreCase("jwt")).orElse(false);
      return jwtExpected || !need.scopes().isEmpty()
          ? fail(401, "the bearer token is not a JWT (security scheme '" + need.scheme().name() + "')", need)
          : null;
    }
    long now = clock.millis() / 1000;
    JwtClaims c = claims.get();
    if (c.expires().isPresent() && c.expires().get() <= now) {
      return fail(401, "the JWT expired at " + java.time.Instant.ofEpochSecond(c.expires().get())
          + " (security scheme '" + need.scheme().name() + "')", need);
    }
    if (c.notBefore().isPresent() && c.notBefore().get() > now) {
      return fail(401, "the JWT is not valid before " + java.time.Instant.ofEpochSecond(c.notBefore().get())
          + " (security scheme '" + need.scheme().name() + "')", need);
    }
    List<String> missing = need.scopes().stream().filter(x -> !c.scopes().contains(x)).toList();
    if (!missing.isEmpty()) {
      return fail(403, "the JWT lacks the scope" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
          + " (security scheme '" + need.scheme().name() + "')", need);
    }
    return null;
  }

  private Failure fail(int status, String message, Need need) {
    return new Failure(status, message, need.scheme().name(), need.location(), challenges);
  }

  /** The {@code WWW-Authenticate} challenge of a scheme, where HTTP defines one. */
  private static Optional<String> challenge(SecurityScheme s) {
    String type = s.type().toLowerCase(Locale.ROOT);
    if (type.equals("http")) {
      String scheme = s.scheme().orElse("bearer");
      return Optional.of(capitalized(scheme) + " realm=\"charter mock\"");
    }
    if (type.equals("oauth2") || type.equals("openidconnect")) {
      return Optional.of("Bearer realm=\"charter mock\"");
    }
    return Optional.empty();
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
