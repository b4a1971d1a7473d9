package dev.charter.codegen.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.model.AsyncOperation;
import java.util.List;
import java.util.Optional;

/**
 * The view model of {@code charter generate models}: every type, message and operation the
 * renderer writes, decided in one pass over the spec ({@link AsyncModelBuilder}) and immutable. The
 * renderer only formats what is here; tests read it to find the class of each message.
 *
 * @param types top-level types in spec order; nested ones hang off their owner
 * @param usesJavaTime whether any type is a {@code java.time} one (the pom then adds jsr310)
 */
public record ModelSet(AsyncModelOptions options, String title, String apiVersion, List<TypeModel> types,
    List<MessageModel> messages, List<OperationModel> operations, boolean usesJavaTime) {

  public ModelSet {
    types = List.copyOf(types);
    messages = List.copyOf(messages);
    operations = List.copyOf(operations);
  }

  /** A generated type: a record (or class), an enum, or a sealed interface for {@code oneOf}. */
  public sealed interface TypeModel permits RecordModel, EnumModel, UnionModel {
    String name();

    Optional<String> doc();

    /** Where the schema is, {@code file#pointer}, for the generated Javadoc. */
    String source();

    List<TypeModel> nested();
  }

  /**
   * An object schema.
   *
   * @param additionalProperties the value type of properties beyond the declared ones, when the
   *     schema allows them explicitly ({@code additionalProperties: true} or a schema); they are kept
   *     in a map. Otherwise unknown properties are ignored when reading.
   * @param additionalField the Java name of that map
   * @param implementsUnions the sealed interfaces this is a variant of
   */
  public record RecordModel(String name, Optional<String> doc, String source, List<FieldModel> fields,
      Optional<TypeRef> additionalProperties, String additionalField, List<TypeRef.Generated> implementsUnions,
      List<TypeModel> nested) implements TypeModel {
    public RecordModel {
      fields = List.copyOf(fields);
      implementsUnions = List.copyOf(implementsUnions);
      nested = List.copyOf(nested);
    }
  }

  /** One property: Java name, JSON name, type; {@code required} per the schema (documented, not enforced). */
  public record FieldModel(String name, String jsonName, TypeRef type, boolean required, Optional<String> doc,
      boolean deprecated) {}

  /** A string or integer {@code enum}. */
  public record EnumModel(String name, Optional<String> doc, String source, TypeRef valueType, List<EnumConstant> constants)
      implements TypeModel {
    public EnumModel {
      constants = List.copyOf(constants);
    }

    @Override
    public List<TypeModel> nested() {
      return List.of();
    }
  }

  public record EnumConstant(String name, JsonNode value) {}

  /**
   * {@code oneOf} (or {@code anyOf}) of object schemas: a sealed interface its variants implement.
   *
   * @param discriminator the property whose value names the variant; empty when Jackson deduces
   *     the variant from which properties are present
   */
  public record UnionModel(String name, Optional<String> doc, String source, Optional<String> discriminator,
      List<Variant> variants, List<TypeModel> nested) implements TypeModel {
    public UnionModel {
      variants = List.copyOf(variants);
      nested = List.copyOf(nested);
    }
  }

  /** A variant and, with a discriminator, the value that selects it. */
  public record Variant(TypeRef.Generated type, Optional<String> tag) {}

  /**
   * A message: what its payload and headers are in Java, and its examples: the message's own
   * ({@code examples}) and those of its payload and headers schemas ({@code example}/{@code examples}).
   */
  public record MessageModel(String key, String javaName, Optional<String> doc, Optional<TypeRef> payload,
      Optional<TypeRef> headers, Optional<String> contentType, List<MessageExample> examples,
      List<JsonNode> payloadSchemaExamples, List<JsonNode> headersSchemaExamples, String source) {
    public MessageModel {
      examples = List.copyOf(examples);
      payloadSchemaExamples = List.copyOf(payloadSchemaExamples);
      headersSchemaExamples = List.copyOf(headersSchemaExamples);
    }
  }

  public record MessageExample(Optional<String> name, Optional<JsonNode> payload, Optional<JsonNode> headers, String source) {}

  /**
   * One operation as a Java interface: for {@link AsyncOperation.Action#SEND} the application
   * implements it with its broker client and calls it to send; for RECEIVE it implements it as the
   * handler its broker adapter calls.
   */
  public record OperationModel(String key, String interfaceName, AsyncOperation.Action action, String channelKey,
      Optional<String> address, List<ChannelParameter> parameters, List<MessageMethod> methods, Optional<String> doc) {
    public OperationModel {
      parameters = List.copyOf(parameters);
      methods = List.copyOf(methods);
    }
  }

  /** A parameter of the channel address, {@code {streetlightId}}. */
  public record ChannelParameter(String name, String javaName, Optional<String> doc) {}

  /**
   * One method of an operation interface, per message: {@code send<Message>} or {@code on<Message>}.
   *
   * @param reply the reply's payload type for request/reply operations: a SEND method returns it
   *     asynchronously, a RECEIVE handler returns it
   */
  public record MessageMethod(String name, MessageModel message, Optional<TypeRef> reply) {}
}
