package dev.charter.core.model;

import dev.charter.core.spec.SpecNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A server: the URL template as written (or built from Swagger 2.0's schemes, host and basePath)
 * and its variables.
 */
public record Server(String url, Optional<String> description, Map<String, Variable> variables, SpecNode node) {

  public Server {
    variables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variables));
  }

  public record Variable(String name, Optional<String> defaultValue, List<String> allowed, SpecNode node) {
    public Variable {
      allowed = List.copyOf(allowed);
    }
  }

  /** The URL with every variable replaced by its default. */
  public String defaultUrl() {
    String u = url;
    for (Variable v : variables.values()) {
      u = u.replace("{" + v.name() + "}", v.defaultValue().orElse(""));
    }
    return u;
  }

  /**
   * The path part of {@link #defaultUrl()} without a trailing slash ({@code /v1} for
   * {@code https://api.example.com/v1/}); empty for a server at the root.
   */
  public String basePath() {
    String u = defaultUrl();
    int scheme = u.indexOf("://");
    String rest = scheme >= 0 ? u.substring(scheme + 3) : u;
    int slash = scheme >= 0 ? rest.indexOf('/') : 0;
    String path = slash < 0 ? "" : rest.substring(slash);
    int q = path.indexOf('?');
    if (q >= 0) {
      path = path.substring(0, q);
    }
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path;
  }
}
