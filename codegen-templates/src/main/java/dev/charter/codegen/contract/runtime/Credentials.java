package dev.charter.codegen.contract.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * What a contract test may authenticate with, and extra headers for every request. {@code charter
 * verify} fills it from its options ({@code --bearer}, {@code --basic}, {@code --api-key},
 * {@code --header}); generated tests from system properties or the environment (see {@link
 * #fromEnvironment}). API keys are found by the security scheme's name or by the header, query or
 * cookie name the scheme uses, compared without case and with every character other than a letter or
 * digit read as {@code _} (so {@code X-API-Key}, {@code x_api_key} and {@code X_API_KEY} are the
 * same key, as environment variable names need).
 *
 * @param bearer the token for HTTP bearer, OAuth 2 and OpenID Connect schemes
 * @param basic {@code user:password} for HTTP basic schemes
 * @param apiKeys API key values by normalised name (see {@link #normalize})
 * @param headers sent with every request except those that test that credentials are required
 */
public record Credentials(Optional<String> bearer, Optional<String> basic, Map<String, String> apiKeys,
    List<ApiRequest.Header> headers) {

  public static final String BASE_URL_PROPERTY = "charter.baseUrl";
  public static final String BASE_URL_VARIABLE = "CHARTER_BASE_URL";
  public static final String BEARER_VARIABLE = "CHARTER_BEARER";
  public static final String BASIC_VARIABLE = "CHARTER_BASIC";
  public static final String API_KEY_VARIABLE_PREFIX = "CHARTER_API_KEY_";
  public static final String HEADERS_VARIABLE = "CHARTER_HEADERS";

  public Credentials {
    Objects.requireNonNull(bearer, "bearer");
    Objects.requireNonNull(basic, "basic");
    Map<String, String> keys = new LinkedHashMap<>();
    apiKeys.forEach((k, v) -> keys.put(normalize(k), v));
    apiKeys = java.util.Collections.unmodifiableMap(keys);
    headers = List.copyOf(headers);
  }

  public static Credentials none() {
    return new Credentials(Optional.empty(), Optional.empty(), Map.of(), List.of());
  }

  /** From the JVM's system properties and environment: see {@link #fromEnvironment(Map, Properties)}. */
  public static Credentials fromEnvironment() {
    return fromEnvironment(System.getenv(), System.getProperties());
  }

  /**
   * Reads, each from a system property first and else from an environment variable: {@code
   * charter.bearer} / {@code CHARTER_BEARER}, {@code charter.basic} / {@code CHARTER_BASIC}
   * ({@code user:password}), {@code charter.apiKey.NAME} / {@code CHARTER_API_KEY_NAME} (NAME is the
   * scheme's name or its parameter name), and {@code charter.headers} / {@code CHARTER_HEADERS}
   * ({@code Name: value} lines).
   */
  public static Credentials fromEnvironment(Map<String, String> env, Properties properties) {
    Optional<String> bearer = setting(env, properties, "charter.bearer", BEARER_VARIABLE);
    Optional<String> basic = setting(env, properties, "charter.basic", BASIC_VARIABLE);
    Map<String, String> keys = new LinkedHashMap<>();
    env.forEach((k, v) -> {
      if (k.startsWith(API_KEY_VARIABLE_PREFIX) && k.length() > API_KEY_VARIABLE_PREFIX.length() && !v.isEmpty()) {
        keys.put(k.substring(API_KEY_VARIABLE_PREFIX.length()), v);
      }
    });
    for (String name : properties.stringPropertyNames()) {
      String value = properties.getProperty(name);
      if (name.startsWith("charter.apiKey.") && name.length() > "charter.apiKey.".length() && !value.isEmpty()) {
        keys.put(name.substring("charter.apiKey.".length()), value);
      }
    }
    List<ApiRequest.Header> headers = new ArrayList<>();
    setting(env, properties, "charter.headers", HEADERS_VARIABLE).ifPresent(text -> headers.addAll(parseHeaders(text)));
    return new Credentials(bearer, basic, keys, headers);
  }

  private static Optional<String> setting(Map<String, String> env, Properties properties, String property,
      String variable) {
    String v = properties.getProperty(property);
    if (v == null || v.isEmpty()) {
      v = env.get(variable);
    }
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  /** {@code Name: value} lines; blank lines are skipped. */
  public static List<ApiRequest.Header> parseHeaders(String text) {
    List<ApiRequest.Header> out = new ArrayList<>();
    for (String line : text.split("\r?\n")) {
      if (line.isBlank()) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("a header is written 'Name: value', not '" + line + "'");
      }
      out.add(new ApiRequest.Header(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
    }
    return out;
  }

  /** {@code X-API-Key} → {@code X_API_KEY}: the form API key names are compared in. */
  public static String normalize(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      sb.append(c < 128 && Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
    }
    return sb.toString();
  }

  /** The API key for a scheme, by the scheme's name or the name of its header, query parameter or cookie. */
  public Optional<String> apiKey(String schemeName, String parameterName) {
    String v = apiKeys.get(normalize(schemeName));
    if (v == null && parameterName != null) {
      v = apiKeys.get(normalize(parameterName));
    }
    return Optional.ofNullable(v);
  }

  public Credentials withBearer(String token) {
    return new Credentials(Optional.of(token), basic, apiKeys, headers);
  }

  public Credentials withBasic(String userColonPassword) {
    return new Credentials(bearer, Optional.of(userColonPassword), apiKeys, headers);
  }

  public Credentials withApiKey(String name, String value) {
    Map<String, String> keys = new LinkedHashMap<>(apiKeys);
    keys.put(name, value);
    return new Credentials(bearer, basic, keys, headers);
  }

  public Credentials withHeader(String name, String value) {
    List<ApiRequest.Header> h = new ArrayList<>(headers);
    h.add(new ApiRequest.Header(name, value));
    return new Credentials(bearer, basic, apiKeys, h);
  }

  /** Never prints a secret: only which kinds of credentials are set. */
  @Override
  public String toString() {
    return "Credentials[bearer=" + bearer.isPresent() + ", basic=" + basic.isPresent() + ", apiKeys="
        + apiKeys.keySet() + ", headers=" + headers.stream().map(ApiRequest.Header::name).toList() + "]";
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
