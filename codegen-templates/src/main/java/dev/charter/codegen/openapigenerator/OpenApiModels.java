package dev.charter.codegen.openapigenerator;

import dev.charter.codegen.GenerationException;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.core.interop.SwaggerParserModels;
import dev.charter.core.spec.Bundler;
import dev.charter.core.spec.SpecDocument;
import io.swagger.parser.util.SwaggerDeserializationResult;
import io.swagger.parser.util.SwaggerDeserializer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;

/**
 * swagger-parser's {@link OpenAPI} model, which OpenAPI Generator consumes, built from a spec charter
 * has loaded: OpenAPI 3.x through {@link SwaggerParserModels}, Swagger 2.0 by deserializing the
 * bundled in-memory tree and converting it. swagger-parser never reads a file or URL and never
 * resolves references itself (charter's bundle has only local ones).
 */
final class OpenApiModels {
  private OpenApiModels() {}

  record Result(OpenAPI openApi, List<Diagnostic> notes) {}

  static Result from(SpecDocument spec) throws GenerationException {
    OpenAPI openApi;
    List<String> messages;
    if (spec.version().isSwagger()) {
      SwaggerDeserializationResult v2 = new SwaggerDeserializer().deserialize(Bundler.bundle(spec).tree());
      SwaggerParseResult converted = new SwaggerConverter().convert(v2);
      openApi = converted.getOpenAPI();
      messages = converted.getMessages() == null ? List.of() : converted.getMessages();
    } else {
      SwaggerParserModels.Result r = SwaggerParserModels.build(spec);
      openApi = r.openApi();
      messages = r.messages();
    }
    Location file = Location.ofFile(spec.root().name());
    List<Diagnostic> notes = new ArrayList<>();
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
