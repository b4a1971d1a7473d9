package dev.charter.core.model;

import dev.charter.core.spec.SpecVersion;

/**
 * Which flavour of JSON Schema a schema object is written in. The differences matter for meaning:
 * {@code nullable: true} (OpenAPI 3.0) and {@code type: [x, "null"]} (3.1) say the same thing;
 * {@code exclusiveMinimum: true} (2.0, 3.0) and {@code exclusiveMinimum: 5} (3.1) do not look alike.
 */
public enum SchemaDialect {
  /** Swagger 2.0 Schema Object: {@code x-nullable}, boolean exclusive bounds, no oneOf/anyOf. */
  SWAGGER_2,
  /** OpenAPI 3.0 Schema Object: {@code nullable}, boolean exclusive bounds, single {@code type}. */
  OPENAPI_3_0,
  /** OpenAPI 3.1: JSON Schema 2020-12 with the OpenAPI vocabulary. */
  OPENAPI_3_1,
  /** AsyncAPI Schema Object: JSON Schema draft 7 with {@code discriminator}. */
  ASYNCAPI,
  /** A schema format charter does not interpret (Avro, RAML, Protobuf): compared as text only. */
  UNSUPPORTED;

  public static SchemaDialect of(SpecVersion version) {
    return switch (version) {
      case OPENAPI_2_0 -> SWAGGER_2;
      case OPENAPI_3_0 -> OPENAPI_3_0;
      case OPENAPI_3_1 -> OPENAPI_3_1;
      default -> ASYNCAPI;
    };
  }

  /** Whether {@code exclusiveMinimum}/{@code exclusiveMaximum} are booleans that modify minimum/maximum. */
  public boolean booleanExclusiveBounds() {
    return this == SWAGGER_2 || this == OPENAPI_3_0;
  }

  /**
   * The dialect of an AsyncAPI message payload by its {@code schemaFormat}: AsyncAPI and JSON Schema
   * formats read as {@link #ASYNCAPI}, OpenAPI 3.0 schemas as {@link #OPENAPI_3_0}, anything else
   * (Avro, RAML, Protobuf) is {@link #UNSUPPORTED}.
   */
  public static SchemaDialect ofSchemaFormat(String schemaFormat) {
    if (schemaFormat == null || schemaFormat.isBlank()) {
      return ASYNCAPI;
    }
    String f = schemaFormat.trim().toLowerCase(java.util.Locale.ROOT);
    if (f.startsWith("application/vnd.aai.asyncapi") || f.startsWith("application/schema+json")
        || f.startsWith("application/schema+yaml")) {
      return ASYNCAPI;
    }
    if (f.startsWith("application/vnd.oai.openapi")) {
      return OPENAPI_3_0;
    }
    return UNSUPPORTED;
  }
}
