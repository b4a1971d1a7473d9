package dev.charter.lint.walk;

/**
 * What a node of a spec is, by where it sits (or where the reference that leads to it sits): the
 * walk types every node it meets with {@link TypeTree}, so rules ask for "every Schema Object" and
 * not for JSON paths. OpenAPI and AsyncAPI share the types that mean the same thing.
 */
public enum NodeType {
  /** Not a node type: a rule that visits {@code ANY} sees every object and array, whatever its type. */
  ANY,
  /** A value that is data, not spec structure: examples, defaults, enum values. References in it are not followed. */
  DATA,
  /** A place the type tree does not describe (an extension, a misspelt key): walked, not typed. */
  UNKNOWN,

  ROOT,
  INFO,
  CONTACT,
  LICENSE,
  TAG_LIST,
  TAG,
  EXTERNAL_DOCS,
  /** OpenAPI 3 {@code servers} (an array). */
  SERVER_LIST,
  /** AsyncAPI {@code servers} and {@code components.servers} (a map). */
  SERVER_MAP,
  SERVER,
  SERVER_VARIABLE_MAP,
  SERVER_VARIABLE,
  SECURITY_REQUIREMENT_LIST,
  SECURITY_REQUIREMENT,
  SECURITY_SCHEME_MAP,
  SECURITY_SCHEME,
  OAUTH_FLOWS,
  OAUTH_FLOW,
  COMPONENTS,
  SCHEMA_MAP,
  SCHEMA_LIST,
  SCHEMA,
  DISCRIMINATOR,
  XML,

  // OpenAPI
  PATHS,
  /** OpenAPI 3.1 {@code webhooks} and {@code components.pathItems}. */
  PATH_ITEM_MAP,
  PATH_ITEM,
  OPERATION,
  PARAMETER_LIST,
  PARAMETER_MAP,
  PARAMETER,
  /** Swagger 2.0 {@code items} of a non-body parameter or header: schema-like, not a Schema Object. */
  PARAMETER_ITEMS,
  REQUEST_BODY_MAP,
  REQUEST_BODY,
  MEDIA_TYPE_MAP,
  MEDIA_TYPE,
  ENCODING_MAP,
  ENCODING,
  RESPONSES,
  RESPONSE_MAP,
  RESPONSE,
  HEADER_MAP,
  HEADER,
  EXAMPLE_MAP,
  EXAMPLE,
  LINK_MAP,
  LINK,
  CALLBACK_MAP,
  CALLBACK,

  // AsyncAPI
  CHANNELS,
  CHANNEL,
  ASYNC_OPERATION_MAP,
  ASYNC_OPERATION,
  OPERATION_REPLY,
  OPERATION_TRAIT_LIST,
  OPERATION_TRAIT_MAP,
  OPERATION_TRAIT,
  MESSAGE_MAP,
  /** AsyncAPI 2 {@code message.oneOf}. */
  MESSAGE_LIST,
  MESSAGE,
  MESSAGE_TRAIT_LIST,
  MESSAGE_TRAIT_MAP,
  MESSAGE_TRAIT,
  /** AsyncAPI 3 Multi Format Schema Object: {@code schemaFormat} and {@code schema}. */
  MULTI_FORMAT_SCHEMA,
  CHANNEL_PARAMETER_MAP,
  CHANNEL_PARAMETER,
  CORRELATION_ID_MAP,
  CORRELATION_ID;

  /** Whether a {@code $ref} at a node of this type is followed by the walk. */
  public boolean followsReferences() {
    return this != DATA;
  }
}
