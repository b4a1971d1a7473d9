package dev.charter.lint.rules.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Severity;
import dev.charter.core.model.SchemaDialect;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.SpecFormat;
import dev.charter.lint.examples.ExampleChecks;
import dev.charter.lint.examples.InstanceCheck;
import dev.charter.lint.jsonpath.PathNode;
import dev.charter.lint.rules.support.Query;

@LintRule(
    id = "asyncapi-message-examples",
    severity = Severity.ERROR,
    formats = {SpecFormat.ASYNCAPI2},
    family = RuleFamily.SPECTRAL_ASYNCAPI,
    summary = "Examples of message object should follow by \"payload\" and \"headers\" schemas.",
    rationale = """
        A message example whose payload or headers break the message's schemas misleads everyone who
          copies it, and mocks built from the description send it.
        """,
    bad = """
        message:
          payload: {type: object, required: [id]}
          examples:
            - payload: {name: Tom}
        """,
    good = """
        message:
          payload: {type: object, required: [id]}
          examples:
            - payload: {id: 1, name: Tom}
        """,
    differences = """
        Values are validated as JSON Schema draft 7 (the AsyncAPI Schema Object's base), formats
        checked, patterns run safely. Unlike Spectral, string examples that break the schema are reported too.
        Payload examples are not checked when the payload is in a schema format that is not JSON Schema
        (Avro, RAML, Protobuf: `asyncapi-payload-unsupported-schemaFormat` says so); headers still are,
        and so are payloads whose format is an AsyncAPI, JSON Schema or OpenAPI one, with or without a
        version (Spectral skips every message that names a `schemaFormat`).
        """)
public final class AsyncapiMessageExamplesRule implements Rule {
  private static final Query MESSAGES = Query.of("$.channels.*.[publish,subscribe].message",
      "$.channels.*.[publish,subscribe].message.oneOf.*", "$.components.channels.*.[publish,subscribe].message",
      "$.components.channels.*.[publish,subscribe].message.oneOf.*", "$.components.messages.*",
      "$.channels.*.[publish,subscribe].message.traits.*", "$.channels.*.[publish,subscribe].message.oneOf.*.traits.*",
      "$.components.channels.*.[publish,subscribe].message.traits.*",
      "$.components.channels.*.[publish,subscribe].message.oneOf.*.traits.*", "$.components.messages.*.traits.*",
      "$.components.messageTraits.*");

  @Override
  public void check(RuleContext context) {
    for (PathNode m : MESSAGES.resolved(context)) {
      PathNode examples = ExampleChecks.child(context, m, "examples");
      if (examples == null || !examples.value().isArray()) {
        continue;
      }
      for (int i = 0; i < examples.value().size(); i++) {
        PathNode example = examples.child(i, context.document());
        if (example == null || !example.value().isObject()) {
          continue;
        }
        for (String part : new String[] {"payload", "headers"}) {
          if (part.equals("payload") && !payloadIsJsonSchema(context, m)) {
            continue; // an Avro, RAML or Protobuf payload is no JSON Schema to validate against
          }
          PathNode value = ExampleChecks.child(context, example, part);
          java.util.List<Object> schema = schemaOf(context, m, part);
          if (value != null && schema != null) {
            ExampleChecks.check(context, schema, value, InstanceCheck.Direction.NONE);
          }
        }
      }
    }
  }

  /** Whether the payload's {@code schemaFormat} (the message's own, else its last trait's) is a JSON Schema one. */
  private static boolean payloadIsJsonSchema(RuleContext context, PathNode message) {
    JsonNode format = message.value().get("schemaFormat");
    PathNode traits = ExampleChecks.child(context, message, "traits");
    if (format == null && traits != null && traits.value().isArray()) {
      for (int i = traits.value().size() - 1; i >= 0 && format == null; i--) {
        PathNode t = traits.child(i, context.document());
        format = t == null ? null : t.value().get("schemaFormat");
      }
    }
    return format == null || !format.isTextual()
        || SchemaDialect.ofSchemaFormat(format.asText()) != SchemaDialect.UNSUPPORTED;
  }

  /** The message's own schema for {@code part}, else that of the last trait that has one (traits apply in order). */
  private static java.util.List<Object> schemaOf(RuleContext context, PathNode message, String part) {
    if (message.value().has(part)) {
      return ExampleChecks.plus(message.path(), part);
    }
    PathNode traits = ExampleChecks.child(context, message, "traits");
    if (traits != null && traits.value().isArray()) {
      for (int i = traits.value().size() - 1; i >= 0; i--) {
        PathNode t = traits.child(i, context.document());
        if (t != null && t.value().has(part)) {
          return ExampleChecks.plus(t.path(), part);
        }
      }
    }
    return null;
  }
}
