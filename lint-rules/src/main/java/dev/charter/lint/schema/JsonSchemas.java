package dev.charter.lint.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.charter.core.validate.SafeRegex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * JSON Schemas that lint itself applies to values (a ruleset's {@code schema} function): compiled
 * once, with regular expressions run safely (RE2/J, bounded fallback), no format assertions, and
 * nothing ever loaded from the network.
 */
public final class JsonSchemas {
  private JsonSchemas() {}

  /** One problem: where in the value (keys from its top) and what. */
  public record Problem(List<Object> at, String message) {}

  /** A compiled schema; thread-safe. */
  public static final class Compiled {
    private final Schema schema;

    private Compiled(Schema schema) {
      this.schema = schema;
    }

    /** The problems of {@code value}; with {@code all} false only the first. */
    public List<Problem> validate(JsonNode value, boolean all) {
      List<Error> errors;
      try {
        errors = schema.validate(value);
      } catch (StackOverflowError e) {
        return List.of(new Problem(List.of(), "is nested too deeply to be checked"));
      }
      List<Problem> out = new ArrayList<>();
      for (Error e : errors) {
        out.add(new Problem(path(e.getInstanceLocation()), message(e)));
        if (!all) {
          break;
        }
      }
      return out;
    }
  }

  private static List<Object> path(NodePath p) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; p != null && i < p.getNameCount(); i++) {
      out.add(p.getElement(i));
    }
    return out;
  }

  /** The library's message without its leading instance path ({@code $.a.b: }). */
  private static String message(Error e) {
    String m = e.getMessage();
    int colon = m.indexOf(": ");
    return colon > 0 && m.startsWith("$") ? m.substring(colon + 2) : m;
  }

  /**
   * The dialect names Spectral accepts: {@code draft4}, {@code draft6}, {@code draft7}, {@code
   * draft2019-09}, {@code draft2020-12}, or {@code auto} (by {@code $schema}, else draft 7).
   */
  public static Optional<SpecificationVersion> dialect(String name, JsonNode schema) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "draft4" -> Optional.of(SpecificationVersion.DRAFT_4);
      case "draft6" -> Optional.of(SpecificationVersion.DRAFT_6);
      case "draft7" -> Optional.of(SpecificationVersion.DRAFT_7);
      case "draft2019-09" -> Optional.of(SpecificationVersion.DRAFT_2019_09);
      case "draft2020-12" -> Optional.of(SpecificationVersion.DRAFT_2020_12);
      case "auto" -> Optional.of(SpecificationVersion.fromSchemaNode(schema).orElse(SpecificationVersion.DRAFT_7));
      default -> Optional.empty();
    };
  }

  /** Compiles {@code schema}; fails with the library's explanation when it is not a valid schema. */
  public static Compiled compile(JsonNode schema, SpecificationVersion dialect) {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(dialect, b -> b
        .schemaRegistryConfig(SchemaRegistryConfig.builder()
            .formatAssertionsEnabled(false)
            .regularExpressionFactory(SafeRegex.instance())
            .build())
        .schemaLoader(l -> l.allow(JsonSchemas::metaSchemaOnly)));
    Schema s = registry.getSchema(SchemaLocation.of("urn:charter:lint:schema"), schema);
    s.initializeValidators();
    return new Compiled(s);
  }

  private static boolean metaSchemaOnly(AbsoluteIri iri) {
    String s = iri.toString();
    if (s.startsWith("https://json-schema.org/draft/") || s.startsWith("http://json-schema.org/draft-")
        || s.startsWith("urn:charter:")) {
      return true;
    }
    throw new IllegalStateException("a schema refers to '" + s + "', which charter does not fetch");
  }
}
