package dev.charter.core.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The spec versions charter reads. Each minor version of AsyncAPI 2 has its own entry because its
 * JSON Schema differs; Spectral-style format names ({@code oas3_1}, {@code asyncapi2}) are derived.
 */
public enum SpecVersion {
  OPENAPI_2_0(SpecFamily.OPENAPI, 2, 0, "openapi/2.0.json"),
  OPENAPI_3_0(SpecFamily.OPENAPI, 3, 0, "openapi/3.0.json"),
  OPENAPI_3_1(SpecFamily.OPENAPI, 3, 1, "openapi/3.1.json"),
  ASYNCAPI_2_0(SpecFamily.ASYNCAPI, 2, 0, "asyncapi/2.0.0.json"),
  ASYNCAPI_2_1(SpecFamily.ASYNCAPI, 2, 1, "asyncapi/2.1.0.json"),
  ASYNCAPI_2_2(SpecFamily.ASYNCAPI, 2, 2, "asyncapi/2.2.0.json"),
  ASYNCAPI_2_3(SpecFamily.ASYNCAPI, 2, 3, "asyncapi/2.3.0.json"),
  ASYNCAPI_2_4(SpecFamily.ASYNCAPI, 2, 4, "asyncapi/2.4.0.json"),
  ASYNCAPI_2_5(SpecFamily.ASYNCAPI, 2, 5, "asyncapi/2.5.0.json"),
  ASYNCAPI_2_6(SpecFamily.ASYNCAPI, 2, 6, "asyncapi/2.6.0.json"),
  ASYNCAPI_3_0(SpecFamily.ASYNCAPI, 3, 0, "asyncapi/3.0.0.json"),
  ASYNCAPI_3_1(SpecFamily.ASYNCAPI, 3, 1, "asyncapi/3.1.0.json");

  private final SpecFamily family;
  private final int major;
  private final int minor;
  private final String schemaResource;

  SpecVersion(SpecFamily family, int major, int minor, String schemaResource) {
    this.family = family;
    this.major = major;
    this.minor = minor;
    this.schemaResource = schemaResource;
  }

  public SpecFamily family() {
    return family;
  }

  public int major() {
    return major;
  }

  public int minor() {
    return minor;
  }

  public boolean isOpenApi() {
    return family == SpecFamily.OPENAPI;
  }

  public boolean isAsyncApi() {
    return family == SpecFamily.ASYNCAPI;
  }

  /** OpenAPI 2.0 is Swagger. */
  public boolean isSwagger() {
    return this == OPENAPI_2_0;
  }

  /** The classpath resource, under {@code charter/schemas/}, of the official JSON Schema for this version. */
  public String schemaResource() {
    return "charter/schemas/" + schemaResource;
  }

  /** "OpenAPI 3.1", "AsyncAPI 2.6", "Swagger 2.0". */
  public String label() {
    return (this == OPENAPI_2_0 ? "Swagger" : family.label()) + " " + major + "." + minor;
  }

  /** Spectral's format names this version matches, most specific first. */
  public java.util.List<String> formats() {
    return switch (this) {
      case OPENAPI_2_0 -> java.util.List.of("oas2");
      case OPENAPI_3_0 -> java.util.List.of("oas3_0", "oas3");
      case OPENAPI_3_1 -> java.util.List.of("oas3_1", "oas3");
      case ASYNCAPI_3_0 -> java.util.List.of("asyncapi3_0", "asyncapi3");
      case ASYNCAPI_3_1 -> java.util.List.of("asyncapi3_1", "asyncapi3");
      default -> java.util.List.of("asyncapi2_" + minor, "asyncapi2");
    };
  }

  /** What the root object says it is. */
  public record Detection(Optional<SpecVersion> version, String field, String declared, String problem) {}

  /**
   * Reads {@code swagger}, {@code openapi} or {@code asyncapi} from a document root. A version
   * charter does not read (OpenAPI 3.2, AsyncAPI 1.x) is detected with a problem saying so.
   */
  public static Detection detect(JsonNode root) {
    if (root == null || !root.isObject()) {
      return new Detection(Optional.empty(), "", "",
          "not an OpenAPI or AsyncAPI document: the top level is " + kind(root) + ", not an object");
    }
    for (String field : new String[] {"openapi", "swagger", "asyncapi"}) {
      JsonNode v = root.get(field);
      if (v == null) {
        continue;
      }
      if (!v.isValueNode() || v.isNull()) {
        return new Detection(Optional.empty(), field, "", "'" + field + "' must be a version string such as "
            + example(field));
      }
      String declared = v.asText().trim();
      Optional<SpecVersion> version = match(field, declared);
      if (version.isPresent()) {
        return new Detection(version, field, declared, null);
      }
      return new Detection(Optional.empty(), field, declared, unsupported(field, declared));
    }
    return new Detection(Optional.empty(), "", "",
        "not an OpenAPI or AsyncAPI document: it has no 'openapi', 'swagger' or 'asyncapi' field at the top level");
  }

  private static String kind(JsonNode n) {
    if (n == null || n.isNull()) {
      return "empty";
    }
    return n.isArray() ? "an array" : "a " + n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String example(String field) {
    return switch (field) {
      case "swagger" -> "\"2.0\"";
      case "asyncapi" -> "\"3.0.0\"";
      default -> "\"3.1.0\"";
    };
  }

  private static Optional<SpecVersion> match(String field, String declared) {
    switch (field) {
      case "swagger":
        return declared.equals("2.0") || declared.startsWith("2.0.") ? Optional.of(OPENAPI_2_0) : Optional.empty();
      case "openapi":
        if (declared.equals("3.0") || declared.startsWith("3.0.")) {
          return Optional.of(OPENAPI_3_0);
        }
        if (declared.equals("3.1") || declared.startsWith("3.1.")) {
          return Optional.of(OPENAPI_3_1);
        }
        return Optional.empty();
      default:
        for (SpecVersion v : values()) {
          if (v.isAsyncApi()) {
            String prefix = v.major + "." + v.minor;
            if (declared.equals(prefix) || declared.startsWith(prefix + ".")) {
              return Optional.of(v);
            }
          }
        }
        return Optional.empty();
    }
  }

  private static String unsupported(String field, String declared) {
    return switch (field) {
      case "swagger" -> "Swagger version '" + declared + "' is not supported (charter reads Swagger 2.0)";
      case "openapi" -> "OpenAPI version '" + declared + "' is not supported (charter reads 2.0, 3.0.x and 3.1.x)";
      default -> "AsyncAPI version '" + declared + "' is not supported (charter reads 2.0 to 2.6, 3.0 and 3.1)";
    };
  }
}
