package dev.charter.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.core.report.RuleInfo;
import dev.charter.core.spec.BundledSpec;
import dev.charter.core.spec.Bundler;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Structural validation: checks a spec against the official JSON Schema of its version (Swagger
 * 2.0, OpenAPI 3.0 and 3.1, AsyncAPI 2.0 to 3.1) and reports each real problem once, in words, at
 * the line it is on. A multi-file spec is validated as one bundled tree and every finding is
 * mapped back to the file it is in.
 *
 * <p>Findings carry Spectral's rule ids so that lint configurations keep working: {@code
 * oas2-schema} for Swagger 2.0, {@code oas3-schema} for OpenAPI 3.x, {@code asyncapi-schema} for
 * AsyncAPI; all are errors. For OpenAPI 3.1, Schema Objects are also checked against the OpenAPI
 * 3.1 JSON Schema dialect (as the official {@code schema-base} does), unless the document declares
 * another {@code jsonSchemaDialect}.
 *
 * <p>Thread-safe. The schemas are compiled once per JVM and version, on first use.
 */
public final class SpecValidator {
  public static final String OAS2_SCHEMA = "oas2-schema";
  public static final String OAS3_SCHEMA = "oas3-schema";
  public static final String ASYNCAPI_SCHEMA = "asyncapi-schema";

  private static final List<RuleInfo> RULES = List.of(
      RuleInfo.of(OAS2_SCHEMA, Severity.ERROR,
          "A Swagger 2.0 document must be valid against the official OpenAPI 2.0 JSON Schema."),
      RuleInfo.of(OAS3_SCHEMA, Severity.ERROR,
          "An OpenAPI 3.0 or 3.1 document must be valid against the official JSON Schema of its version."),
      RuleInfo.of(ASYNCAPI_SCHEMA, Severity.ERROR,
          "An AsyncAPI document must be valid against the official JSON Schema of its version."));

  public SpecValidator() {}

  /** The rules this validator reports under: id, default severity and summary. */
  public static List<RuleInfo> rules() {
    return RULES;
  }

  /** The rule id of findings about documents of {@code version}. */
  public static String ruleId(SpecVersion version) {
    if (version.isAsyncApi()) {
      return ASYNCAPI_SCHEMA;
    }
    return version.isSwagger() ? OAS2_SCHEMA : OAS3_SCHEMA;
  }

  /** The structural problems of {@code doc}, sorted by position; empty when it is valid. */
  public List<Diagnostic> validate(SpecDocument doc) {
    SpecVersion version = doc.version();
    String id = ruleId(version);
    SchemaCatalog.Compiled compiled = SchemaCatalog.compiled(version);
    BundledSpec bundle = Bundler.bundle(doc);
    JsonNode tree = bundle.tree();
    Schema schema = version == SpecVersion.OPENAPI_3_1 && !checksSchemaObjects(tree)
        ? compiled.plain() : compiled.schema();
    List<Error> errors;
    try {
      errors = schema.validate(tree);
    } catch (StackOverflowError e) {
      return List.of(new Diagnostic(id, Severity.ERROR,
          "the document is nested too deeply to be checked against the " + version.label() + " schema",
          bundle.locate("")));
    }
    if (errors.isEmpty()) {
      return List.of();
    }
    List<Finding> findings = new Explainer(compiled.docs()).explain(errors);
    Map<String, Diagnostic> out = new LinkedHashMap<>();
    for (Finding f : findings) {
      Location at = bundle.locate(f.pointer());
      Diagnostic d = new Diagnostic(id, Severity.ERROR, f.message(), at);
      out.putIfAbsent(at.file() + '\u0000' + at.line() + '\u0000' + at.column() + '\u0000' + f.message(), d);
    }
    List<Diagnostic> result = new ArrayList<>(out.values());
    result.sort(Diagnostic.BY_POSITION);
    return List.copyOf(result);
  }

  /**
   * Whether the Schema Objects of an OpenAPI 3.1 document are in a dialect charter checks: the
   * OpenAPI one (the default) or plain JSON Schema 2020-12.
   */
  static boolean checksSchemaObjects(JsonNode root) {
    JsonNode dialect = root.get("jsonSchemaDialect");
    if (dialect == null || !dialect.isTextual()) {
      return true;
    }
    return SchemaCatalog.CHECKED_3_1_DIALECTS.contains(SchemaCatalog.strip(dialect.asText()));
  }
}
