package dev.charter.core.interop;

import dev.charter.core.spec.BundledSpec;
import dev.charter.core.spec.Bundler;
import dev.charter.core.spec.SpecDocument;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.util.List;

/**
 * Builds swagger-parser's {@link OpenAPI} object model (what OpenAPI Generator consumes) from a spec
 * charter has already loaded and bundled. swagger-parser never reads a file or URL here: it gets an
 * in-memory tree with only local references, resolution is off, and nothing is inferred, so the
 * model says what the document says.
 */
public final class SwaggerParserModels {
  private SwaggerParserModels() {}

  /** The model and swagger-parser's own messages about the document. */
  public record Result(OpenAPI openApi, List<String> messages) {}

  public static Result build(SpecDocument document) {
    if (!document.version().isOpenApi() || document.version().isSwagger()) {
      throw new IllegalArgumentException("swagger-parser's OpenAPI model is built from OpenAPI 3.x; "
          + document.version().label() + " needs conversion first");
    }
    BundledSpec bundle = Bundler.bundle(document);
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    options.setResolveFully(false);
    options.setResolveCombinators(false);
    options.setInferSchemaType(false);
    options.setExplicitStyleAndExplode(false);
    options.setValidateExternalRefs(false);
    options.setSafelyResolveURL(true);
    SwaggerParseResult result = new OpenAPIDeserializer().deserialize(bundle.tree(), document.root().name(), options);
    List<String> messages = result.getMessages() == null ? List.of() : List.copyOf(result.getMessages());
    return new Result(result.getOpenAPI(), messages);
  }
}
