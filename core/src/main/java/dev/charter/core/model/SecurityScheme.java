package dev.charter.core.model;

import dev.charter.core.spec.SpecNode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A security scheme with Swagger 2.0's forms mapped to OpenAPI 3's: {@code basic} becomes {@code
 * http}/{@code basic}; an OAuth2 {@code flow} becomes a flow of {@link #flows()}.
 *
 * @param type apiKey, http, oauth2, openIdConnect, mutualTLS (AsyncAPI adds userPassword, X509,
 *     symmetricEncryption, …, kept as written)
 * @param scheme for http: basic, bearer, … (lower case)
 * @param in for apiKey: header, query or cookie
 * @param parameterName for apiKey: the header, query or cookie name
 * @param flows for oauth2: flow name (implicit, password, clientCredentials, authorizationCode) → scopes
 */
public record SecurityScheme(String name, String type, Optional<String> scheme, Optional<String> bearerFormat,
    Optional<String> in, Optional<String> parameterName, Map<String, Set<String>> flows,
    Optional<String> openIdConnectUrl, SpecNode node) {

  public SecurityScheme {
    flows = Map.copyOf(flows);
  }

  /** Every scope any flow declares. */
  public Set<String> allScopes() {
    Set<String> all = new java.util.TreeSet<>();
    flows.values().forEach(all::addAll);
    return all;
  }
}
