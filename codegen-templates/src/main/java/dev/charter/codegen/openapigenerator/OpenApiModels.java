package dev.charter.codegen.openapigenerator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.codegen.GenerationException;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.core.spec.Bundler;
import dev.charter.core.spec.SpecDocument;
import io.swagger.parser.util.SwaggerDeserializationResult;
import io.swagger.parser.util.SwaggerDeserializer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * swagger-parser's {@link OpenAPI} model, which OpenAPI Generator consumes, built from a spec charter
 * has loaded and bundled: OpenAPI 3.x deserialized as {@code core.interop.SwaggerParserModels} does
 * (no resolution, nothing inferred), Swagger 2.0 deserialized and converted in memory. swagger-parser
 * never reads a file or URL and never resolves a reference itself (the bundle has only local ones).
 * Schema names that generators cannot handle are renamed in the tree first ({@link GeneratedNames}).
 */
final class OpenApiModels {
  private OpenApiModels() {}

  record Result(OpenAPI openApi, List<Diagnostic> notes) {}

  static Result from(SpecDocument spec, boolean allowCodeExtensions) throws GenerationException {
    boolean swagger = spec.version().isSwagger();
    // A copy: the bundle shares nodes with the loaded document, which must not change.
    JsonNode tree = Bundler.bundle(spec).tree().deepCopy();
    String schemasAt = swagger ? "/definitions" : "/components/schemas";
    Map<String, String> renamed = GeneratedNames.renameUnsafe(tree, schemasAt);
    Map<String, Integer> stripped = allowCodeExtensions ? Map.of() : CodeExtensions.strip(tree);
    int pushedDown = swagger ? pushDownPathBodies(tree) : 0;
    OpenAPI openApi;
    List<String> messages;
    if (swagger) {
      SwaggerDeserializationResult v2 = new SwaggerDeserializer().deserialize(tree);
      SwaggerParseResult converted = new SwaggerConverter().convert(v2);
      openApi = converted.getOpenAPI();
      messages = converted.getMessages() == null ? List.of() : converted.getMessages();
    } else {
      ParseOptions options = new ParseOptions();
      options.setResolve(false);
      options.setResolveFully(false);
      options.setResolveCombinators(false);
      options.setInferSchemaType(false);
      options.setExplicitStyleAndExplode(false);
      options.setValidateExternalRefs(false);
      options.setSafelyResolveURL(true);
      SwaggerParseResult result = new OpenAPIDeserializer().deserialize(tree, spec.root().name(), options);
      openApi = result.getOpenAPI();
      messages = result.getMessages() == null ? List.of() : result.getMessages();
    }
    List<Diagnostic> notes = new ArrayList<>();
    renamed.forEach((from, to) -> notes.add(new Diagnostic("generate-schema-renamed", Severity.WARN,
        "schema '" + from + "' is generated as '" + to + "': its name has characters generated code cannot hold",
        spec.root().locate(schemasAt + "/" + dev.charter.core.parse.JsonPointers.escape(from)))));
    Location file = Location.ofFile(spec.root().name());
    if (!stripped.isEmpty()) {
      List<String> parts = new ArrayList<>();
      stripped.forEach((name, count) -> parts.add(name + (count > 1 ? " (" + count + "×)" : "")));
      notes.add(new Diagnostic("generate-code-extensions-removed", Severity.WARN, "vendor extensions that OpenAPI"
          + " Generator copies into source code were left out: " + String.join(", ", parts)
          + "; pass --allow-code-extensions if you trust this spec", file));
    }
    if (pushedDown > 0) {
      notes.add(new Diagnostic("generate-body-parameters-moved", Severity.INFO, pushedDown + " path-level body or"
          + " form parameter" + (pushedDown == 1 ? "" : "s") + " given to each operation of the path (swagger-parser's"
          + " converter leaves them where OpenAPI 3 has no place for them)", file));
    }
    for (String m : messages) {
      notes.add(new Diagnostic("swagger-parser", Severity.INFO, "swagger-parser: " + m, file));
    }
    if (openApi == null) {
      List<Diagnostic> problems = new ArrayList<>(notes.stream().map(d -> d.withSeverity(Severity.ERROR)).toList());
      problems.add(new Diagnostic("generate-model-failed", Severity.ERROR,
          "swagger-parser could not build an OpenAPI model from this spec, so OpenAPI Generator cannot run", file));
      throw new GenerationException(problems);
    }
    return new Result(openApi, notes);
  }

  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch");

  /**
   * Swagger 2.0 lets a path item declare {@code in: body} and {@code in: formData} parameters for
   * all its operations; swagger-parser's converter turns only operation-level ones into request
   * bodies, and OpenAPI Generator then writes a parameter named {@code UNKNOWN_PARAMETER_NAME}.
   * Each such parameter is moved to every operation of the path that does not declare its own.
   */
  private static int pushDownPathBodies(JsonNode tree) {
    int moved = 0;
    JsonNode paths = tree.get("paths");
    if (paths == null || !paths.isObject()) {
      return 0;
    }
    for (JsonNode item : paths) {
      JsonNode params = item.get("parameters");
      if (!(item instanceof com.fasterxml.jackson.databind.node.ObjectNode pathItem) || params == null || !params.isArray()) {
        continue;
      }
      com.fasterxml.jackson.databind.node.ArrayNode keep = pathItem.arrayNode();
      List<JsonNode> bodies = new ArrayList<>();
      for (JsonNode p : params) {
        String in = resolved(tree, p).path("in").asText("");
        if (in.equals("body") || in.equals("formData")) {
          bodies.add(p);
        } else {
          keep.add(p);
        }
      }
      if (bodies.isEmpty()) {
        continue;
      }
      pathItem.set("parameters", keep);
      for (String method : METHODS) {
        JsonNode op = pathItem.get(method);
        if (!(op instanceof com.fasterxml.jackson.databind.node.ObjectNode operation)) {
          continue;
        }
        com.fasterxml.jackson.databind.node.ArrayNode own = operation.has("parameters") && operation.get("parameters").isArray()
            ? (com.fasterxml.jackson.databind.node.ArrayNode) operation.get("parameters") : operation.putArray("parameters");
        for (JsonNode b : bodies) {
          JsonNode rb = resolved(tree, b);
          boolean overridden = false;
          for (JsonNode o : own) {
            JsonNode ro = resolved(tree, o);
            if (ro.path("in").asText("").equals(rb.path("in").asText()) && ro.path("name").asText("").equals(rb.path("name").asText())) {
              overridden = true;
            }
          }
          if (!overridden) {
            own.add(b.deepCopy());
            moved++;
          }
        }
      }
    }
    return moved;
  }

  /** A parameter, following a local {@code #/parameters/...} reference. */
  private static JsonNode resolved(JsonNode tree, JsonNode p) {
    JsonNode ref = p.get("$ref");
    if (ref != null && ref.isTextual() && ref.asText().startsWith("#/")) {
      JsonNode target = tree.at(ref.asText().substring(1));
      return target.isMissingNode() ? p : target;
    }
    return p;
  }
}
