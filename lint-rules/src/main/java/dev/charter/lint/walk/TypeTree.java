package dev.charter.lint.walk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.model.SchemaDialect;
import dev.charter.lint.SpecFormat;
import java.util.Set;

/**
 * The types of the children of each node type, per format: the OpenAPI and AsyncAPI object
 * models, as far as rules need them. Anything the tree does not describe is {@link NodeType#UNKNOWN}
 * (walked, references followed) or {@link NodeType#DATA} (examples and other literal values).
 */
public final class TypeTree {
  private static final Set<String> HTTP_METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace", "query");

  private final SpecFormat format;
  private final boolean swagger;
  private final boolean openApi;
  private final boolean async3;

  public TypeTree(SpecFormat format) {
    this.format = format;
    this.swagger = format == SpecFormat.OAS2;
    this.openApi = format.isOpenApi();
    this.async3 = format == SpecFormat.ASYNCAPI3;
  }

  public SpecFormat format() {
    return format;
  }

  /** The type of element {@code index} of an array node of type {@code parent}. */
  public NodeType element(NodeType parent, JsonNode child) {
    return switch (parent) {
      case TAG_LIST -> NodeType.TAG;
      case SERVER_LIST -> NodeType.SERVER;
      case SECURITY_REQUIREMENT_LIST -> NodeType.SECURITY_REQUIREMENT;
      case SCHEMA_LIST -> NodeType.SCHEMA;
      case PARAMETER_LIST -> NodeType.PARAMETER;
      case OPERATION_TRAIT_LIST -> NodeType.OPERATION_TRAIT;
      case MESSAGE_TRAIT_LIST -> NodeType.MESSAGE_TRAIT;
      case MESSAGE_LIST -> NodeType.MESSAGE;
      case DATA -> NodeType.DATA;
      default -> NodeType.UNKNOWN;
    };
  }

  /** The type of member {@code key} of an object node of type {@code parent}. */
  public NodeType member(NodeType parent, JsonNode parentValue, String key, JsonNode child) {
    if (parent == NodeType.DATA) {
      return NodeType.DATA;
    }
    if (key.startsWith("x-")) {
      // Extensions hold anything; references in them are still followed, as the loader does.
      return NodeType.UNKNOWN;
    }
    return switch (parent) {
      case ROOT -> root(key);
      case INFO -> switch (key) {
        case "contact" -> NodeType.CONTACT;
        case "license" -> NodeType.LICENSE;
        case "tags" -> async3 ? NodeType.TAG_LIST : NodeType.UNKNOWN;
        case "externalDocs" -> NodeType.EXTERNAL_DOCS;
        default -> NodeType.UNKNOWN;
      };
      case TAG -> key.equals("externalDocs") ? NodeType.EXTERNAL_DOCS : NodeType.UNKNOWN;
      case SERVER -> switch (key) {
        case "variables" -> NodeType.SERVER_VARIABLE_MAP;
        case "security" -> NodeType.SECURITY_REQUIREMENT_LIST;
        case "tags" -> NodeType.TAG_LIST;
        case "bindings" -> NodeType.UNKNOWN;
        default -> NodeType.UNKNOWN;
      };
      case SERVER_MAP -> NodeType.SERVER;
      case SERVER_VARIABLE_MAP -> NodeType.SERVER_VARIABLE;
      case SERVER_VARIABLE -> key.equals("enum") || key.equals("default") || key.equals("examples")
          ? NodeType.DATA : NodeType.UNKNOWN;
      case SECURITY_SCHEME_MAP -> NodeType.SECURITY_SCHEME;
      case SECURITY_SCHEME -> key.equals("flows") ? NodeType.OAUTH_FLOWS : NodeType.UNKNOWN;
      case OAUTH_FLOWS -> NodeType.OAUTH_FLOW;
      case COMPONENTS -> components(key);
      case SCHEMA_MAP -> NodeType.SCHEMA;
      case SCHEMA -> schema(key, child);
      case PATHS, PATH_ITEM_MAP -> NodeType.PATH_ITEM;
      case PATH_ITEM -> {
        if (HTTP_METHODS.contains(key)) {
          yield NodeType.OPERATION;
        }
        yield switch (key) {
          case "parameters" -> NodeType.PARAMETER_LIST;
          case "servers" -> NodeType.SERVER_LIST;
          default -> NodeType.UNKNOWN;
        };
      }
      case OPERATION -> switch (key) {
        case "parameters" -> NodeType.PARAMETER_LIST;
        case "requestBody" -> NodeType.REQUEST_BODY;
        case "responses" -> NodeType.RESPONSES;
        case "callbacks" -> NodeType.CALLBACK_MAP;
        case "security" -> NodeType.SECURITY_REQUIREMENT_LIST;
        case "servers" -> NodeType.SERVER_LIST;
        case "externalDocs" -> NodeType.EXTERNAL_DOCS;
        default -> NodeType.UNKNOWN;
      };
      case PARAMETER_MAP -> NodeType.PARAMETER;
      case PARAMETER, HEADER -> switch (key) {
        case "schema" -> NodeType.SCHEMA;
        case "content" -> NodeType.MEDIA_TYPE_MAP;
        case "examples" -> NodeType.EXAMPLE_MAP;
        case "items" -> swagger ? NodeType.PARAMETER_ITEMS : NodeType.UNKNOWN;
        case "example", "x-example", "default", "enum" -> NodeType.DATA;
        default -> NodeType.UNKNOWN;
      };
      case PARAMETER_ITEMS -> switch (key) {
        case "items" -> NodeType.PARAMETER_ITEMS;
        case "default", "enum", "example" -> NodeType.DATA;
        default -> NodeType.UNKNOWN;
      };
      case REQUEST_BODY_MAP -> NodeType.REQUEST_BODY;
      case REQUEST_BODY -> key.equals("content") ? NodeType.MEDIA_TYPE_MAP : NodeType.UNKNOWN;
      case MEDIA_TYPE_MAP -> NodeType.MEDIA_TYPE;
      case MEDIA_TYPE -> switch (key) {
        case "schema" -> NodeType.SCHEMA;
        case "examples" -> NodeType.EXAMPLE_MAP;
        case "encoding" -> NodeType.ENCODING_MAP;
        case "example" -> NodeType.DATA;
        default -> NodeType.UNKNOWN;
      };
      case ENCODING_MAP -> NodeType.ENCODING;
      case ENCODING -> key.equals("headers") ? NodeType.HEADER_MAP : NodeType.UNKNOWN;
      case RESPONSES, RESPONSE_MAP -> NodeType.RESPONSE;
      case RESPONSE -> switch (key) {
        case "headers" -> NodeType.HEADER_MAP;
        case "content" -> NodeType.MEDIA_TYPE_MAP;
        case "links" -> NodeType.LINK_MAP;
        case "schema" -> swagger ? NodeType.SCHEMA : NodeType.UNKNOWN;
        case "examples" -> swagger ? NodeType.DATA : NodeType.UNKNOWN;
        default -> NodeType.UNKNOWN;
      };
      case HEADER_MAP -> NodeType.HEADER;
      case EXAMPLE_MAP -> NodeType.EXAMPLE;
      case EXAMPLE -> key.equals("value") ? NodeType.DATA : NodeType.UNKNOWN;
      case LINK_MAP -> NodeType.LINK;
      case LINK -> switch (key) {
        case "server" -> NodeType.SERVER;
        case "parameters", "requestBody" -> NodeType.DATA;
        default -> NodeType.UNKNOWN;
      };
      case CALLBACK_MAP -> NodeType.CALLBACK;
      case CALLBACK -> NodeType.PATH_ITEM;
      case CHANNELS -> NodeType.CHANNEL;
      case CHANNEL -> channel(key);
      case ASYNC_OPERATION_MAP -> NodeType.ASYNC_OPERATION;
      case ASYNC_OPERATION, OPERATION_TRAIT -> switch (key) {
        case "message" -> NodeType.MESSAGE;
        case "traits" -> NodeType.OPERATION_TRAIT_LIST;
        case "tags" -> NodeType.TAG_LIST;
        case "security" -> NodeType.SECURITY_REQUIREMENT_LIST;
        case "reply" -> NodeType.OPERATION_REPLY;
        case "externalDocs" -> NodeType.EXTERNAL_DOCS;
        default -> NodeType.UNKNOWN;
      };
      case OPERATION_TRAIT_MAP -> NodeType.OPERATION_TRAIT;
      case MESSAGE_MAP -> NodeType.MESSAGE;
      case MESSAGE, MESSAGE_TRAIT -> message(parentValue, key, child);
      case MESSAGE_TRAIT_MAP -> NodeType.MESSAGE_TRAIT;
      case MULTI_FORMAT_SCHEMA -> key.equals("schema") ? schemaOfFormat(parentValue.get("schemaFormat")) : NodeType.UNKNOWN;
      case CHANNEL_PARAMETER_MAP -> NodeType.CHANNEL_PARAMETER;
      case CHANNEL_PARAMETER -> switch (key) {
        case "schema" -> NodeType.SCHEMA;
        case "enum", "default", "examples" -> NodeType.DATA;
        default -> NodeType.UNKNOWN;
      };
      case CORRELATION_ID_MAP -> NodeType.CORRELATION_ID;
      default -> NodeType.UNKNOWN;
    };
  }

  private NodeType root(String key) {
    if (openApi) {
      return switch (key) {
        case "info" -> NodeType.INFO;
        case "servers" -> swagger ? NodeType.UNKNOWN : NodeType.SERVER_LIST;
        case "paths" -> NodeType.PATHS;
        case "webhooks" -> NodeType.PATH_ITEM_MAP;
        case "components" -> swagger ? NodeType.UNKNOWN : NodeType.COMPONENTS;
        case "security" -> NodeType.SECURITY_REQUIREMENT_LIST;
        case "tags" -> NodeType.TAG_LIST;
        case "externalDocs" -> NodeType.EXTERNAL_DOCS;
        case "definitions" -> swagger ? NodeType.SCHEMA_MAP : NodeType.UNKNOWN;
        case "parameters" -> swagger ? NodeType.PARAMETER_MAP : NodeType.UNKNOWN;
        case "responses" -> swagger ? NodeType.RESPONSE_MAP : NodeType.UNKNOWN;
        case "securityDefinitions" -> swagger ? NodeType.SECURITY_SCHEME_MAP : NodeType.UNKNOWN;
        default -> NodeType.UNKNOWN;
      };
    }
    return switch (key) {
      case "info" -> NodeType.INFO;
      case "servers" -> NodeType.SERVER_MAP;
      case "channels" -> NodeType.CHANNELS;
      case "operations" -> async3 ? NodeType.ASYNC_OPERATION_MAP : NodeType.UNKNOWN;
      case "components" -> NodeType.COMPONENTS;
      case "tags" -> async3 ? NodeType.UNKNOWN : NodeType.TAG_LIST;
      case "externalDocs" -> NodeType.EXTERNAL_DOCS;
      default -> NodeType.UNKNOWN;
    };
  }

  private NodeType components(String key) {
    if (openApi) {
      return switch (key) {
        case "schemas" -> NodeType.SCHEMA_MAP;
        case "responses" -> NodeType.RESPONSE_MAP;
        case "parameters" -> NodeType.PARAMETER_MAP;
        case "examples" -> NodeType.EXAMPLE_MAP;
        case "requestBodies" -> NodeType.REQUEST_BODY_MAP;
        case "headers" -> NodeType.HEADER_MAP;
        case "securitySchemes" -> NodeType.SECURITY_SCHEME_MAP;
        case "links" -> NodeType.LINK_MAP;
        case "callbacks" -> NodeType.CALLBACK_MAP;
        case "pathItems" -> NodeType.PATH_ITEM_MAP;
        default -> NodeType.UNKNOWN;
      };
    }
    return switch (key) {
      case "schemas" -> NodeType.SCHEMA_MAP;
      case "servers" -> NodeType.SERVER_MAP;
      case "channels" -> NodeType.CHANNELS;
      case "operations" -> NodeType.ASYNC_OPERATION_MAP;
      case "messages" -> NodeType.MESSAGE_MAP;
      case "securitySchemes" -> NodeType.SECURITY_SCHEME_MAP;
      case "serverVariables" -> NodeType.SERVER_VARIABLE_MAP;
      case "parameters" -> NodeType.CHANNEL_PARAMETER_MAP;
      case "correlationIds" -> NodeType.CORRELATION_ID_MAP;
      case "operationTraits" -> NodeType.OPERATION_TRAIT_MAP;
      case "messageTraits" -> NodeType.MESSAGE_TRAIT_MAP;
      case "tags" -> NodeType.UNKNOWN;
      case "externalDocs" -> NodeType.UNKNOWN;
      default -> NodeType.UNKNOWN;
    };
  }

  private NodeType channel(String key) {
    return switch (key) {
      case "subscribe", "publish" -> async3 ? NodeType.UNKNOWN : NodeType.ASYNC_OPERATION;
      case "messages" -> async3 ? NodeType.MESSAGE_MAP : NodeType.UNKNOWN;
      case "parameters" -> NodeType.CHANNEL_PARAMETER_MAP;
      case "tags" -> NodeType.TAG_LIST;
      case "externalDocs" -> NodeType.EXTERNAL_DOCS;
      default -> NodeType.UNKNOWN;
    };
  }

  private NodeType message(JsonNode message, String key, JsonNode child) {
    return switch (key) {
      case "payload" -> payload(message, child);
      case "headers" -> async3 && isMultiFormat(child) ? NodeType.MULTI_FORMAT_SCHEMA : NodeType.SCHEMA;
      case "traits" -> NodeType.MESSAGE_TRAIT_LIST;
      case "tags" -> NodeType.TAG_LIST;
      case "correlationId" -> NodeType.CORRELATION_ID;
      case "oneOf" -> async3 ? NodeType.UNKNOWN : NodeType.MESSAGE_LIST;
      case "examples" -> NodeType.DATA;
      case "externalDocs" -> NodeType.EXTERNAL_DOCS;
      default -> NodeType.UNKNOWN;
    };
  }

  /** A payload is a schema charter reads only in the AsyncAPI/JSON Schema formats; Avro and the like are data. */
  private NodeType payload(JsonNode message, JsonNode child) {
    if (async3) {
      return isMultiFormat(child) ? NodeType.MULTI_FORMAT_SCHEMA : NodeType.SCHEMA;
    }
    return schemaOfFormat(message.get("schemaFormat"));
  }

  private static boolean isMultiFormat(JsonNode child) {
    return child != null && child.isObject() && child.has("schemaFormat") && child.has("schema");
  }

  private static NodeType schemaOfFormat(JsonNode schemaFormat) {
    SchemaDialect d = SchemaDialect.ofSchemaFormat(schemaFormat == null || !schemaFormat.isTextual() ? null : schemaFormat.asText());
    return d == SchemaDialect.UNSUPPORTED ? NodeType.DATA : NodeType.SCHEMA;
  }

  private NodeType schema(String key, JsonNode child) {
    return switch (key) {
      case "properties", "patternProperties", "dependentSchemas", "$defs", "definitions" -> NodeType.SCHEMA_MAP;
      case "items" -> child != null && child.isArray() ? NodeType.SCHEMA_LIST : NodeType.SCHEMA;
      case "prefixItems", "allOf", "anyOf", "oneOf" -> NodeType.SCHEMA_LIST;
      case "additionalProperties", "not", "contains", "if", "then", "else", "propertyNames", "unevaluatedItems",
          "unevaluatedProperties", "additionalItems", "contentSchema" -> NodeType.SCHEMA;
      case "discriminator" -> NodeType.DISCRIMINATOR;
      case "xml" -> NodeType.XML;
      case "externalDocs" -> NodeType.EXTERNAL_DOCS;
      case "example", "examples", "default", "enum", "const", "x-example" -> NodeType.DATA;
      default -> NodeType.UNKNOWN;
    };
  }
}
