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

  static Result from(SpecDocument spec) throws GenerationException {
    boolean swagger = spec.version().isSwagger();
    // A copy: the bundle shares nodes with the loaded document, which must not change.
    JsonNode tree = Bundler.bundle(spec).tree().deepCopy();
    String schemasAt = swagger ? "/definitions" : "/components/schemas";
    Map<String, String> renamed = GeneratedNames.renameUnsafe(tree, schemasAt);
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
}
