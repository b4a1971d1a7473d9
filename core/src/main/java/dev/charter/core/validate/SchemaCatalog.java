package dev.charter.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.charter.core.spec.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The official JSON Schemas charter ships, compiled once per JVM and per spec version, on first
 * use. Every schema, meta-schema and dialect they refer to is a classpath resource: the loader maps
 * each known {@code $id} to its resource and refuses, loudly, anything else, so nothing is ever
 * fetched from the network.
 */
final class SchemaCatalog {
  static final String BASE = "charter/schemas/";
  static final String CLASSPATH = "classpath:";

  static final String OAS_2_0_ID = "http://swagger.io/v2/schema.json";
  static final String OAS_3_0_ID = "https://spec.openapis.org/oas/3.0/schema/2024-10-18";
  static final String OAS_3_1_ID = "https://spec.openapis.org/oas/3.1/schema/2025-11-23";
  static final String OAS_3_1_DIALECT_ID = "https://spec.openapis.org/oas/3.1/dialect/base";
  static final String OAS_3_1_META_ID = "https://spec.openapis.org/oas/3.1/meta/base";
  static final String OAS_3_1_BASE = BASE + "openapi/3.1-schema-base.json";

  /** The {@code $id}s of the shipped schemas that others refer to by that id, and their resources. */
  static final Map<String, String> IDS = Map.of(
      OAS_2_0_ID, BASE + "openapi/2.0.json",
      OAS_3_0_ID, BASE + "openapi/3.0.json",
      OAS_3_1_ID, BASE + "openapi/3.1.json",
      OAS_3_1_DIALECT_ID, BASE + "openapi/3.1-dialect-base.json",
      OAS_3_1_META_ID, BASE + "openapi/3.1-meta-base.json");

  /** Dialects a 3.1 document may name in {@code jsonSchemaDialect} and still get its Schema Objects checked. */
  static final List<String> CHECKED_3_1_DIALECTS = List.of(
      "https://spec.openapis.org/oas/3.1/dialect/base",
      "https://spec.openapis.org/oas/3.1/dialect/2024-11-10",
      "https://json-schema.org/draft/2020-12/schema");

  private static final String DRAFT_04 = "http://json-schema.org/draft-04/schema";
  private static final String DRAFT_07 = "http://json-schema.org/draft-07/schema";
  private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One lazily compiled entry per spec version; the only static state, and immutable once built. */
  private static final Map<SpecVersion, Lazy> COMPILED = new EnumMap<>(SpecVersion.class);

  static {
    for (SpecVersion v : SpecVersion.values()) {
      COMPILED.put(v, new Lazy(v));
    }
  }

  private SchemaCatalog() {}

  /** The compiled schemas for {@code version}, compiling them on first use. */
  static Compiled compiled(SpecVersion version) {
    return COMPILED.get(version).get();
  }

  /**
   * What validating one version needs.
   *
   * @param schema the schema documents are checked against
   * @param plain for OpenAPI 3.1 the official schema alone, without checking Schema Objects (used
   *     when a document declares a JSON Schema dialect charter does not check); otherwise {@code schema}
   * @param docs the schema documents as JSON, to phrase messages
   */
  record Compiled(Schema schema, Schema plain, SchemaDocs docs) {}

  private static final class Lazy {
    private final SpecVersion version;
    private volatile Compiled value;

    Lazy(SpecVersion version) {
      this.version = version;
    }

    Compiled get() {
      Compiled v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            v = compile(version);
            value = v;
          }
        }
      }
      return v;
    }
  }

  /** The configuration every compiled schema uses: no format assertions, RE2-backed patterns. */
  static SchemaRegistryConfig config() {
    return SchemaRegistryConfig.builder()
        .formatAssertionsEnabled(false)
        .regularExpressionFactory(SafeRegex.instance())
        .preloadSchema(true)
        .build();
  }

  /** A registry that reads only shipped resources. */
  static SchemaRegistry registry() {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b
        .schemaRegistryConfig(config())
        .schemaLoader(l -> l
            .allow(SchemaCatalog::allowed)
            .schemaIdResolvers(r -> r.mappings(SchemaCatalog::mapId))));
  }

  /** Where a known id lives on the classpath; null for anything else. */
  static String mapId(String iri) {
    String resource = IDS.get(strip(iri));
    return resource == null ? null : CLASSPATH + resource;
  }

  /**
   * Whether the loader may read {@code iri}: a shipped resource, a known id, or a JSON Schema
   * meta-schema (the validator library maps those to its own classpath copies). Anything else is a
   * schema that would have to come from the network, which charter never does.
   */
  static boolean allowed(AbsoluteIri iri) {
    String s = iri.toString();
    if (s.startsWith(CLASSPATH + BASE) || IDS.containsKey(strip(s))) {
      return true;
    }
    if (s.startsWith("https://json-schema.org/draft/") || s.startsWith("http://json-schema.org/draft-")) {
      return true;
    }
    throw new IllegalStateException("charter: a JSON Schema refers to '" + s
        + "', which charter does not ship; schemas are never fetched from the network");
  }

  static String strip(String iri) {
    return iri.endsWith("#") ? iri.substring(0, iri.length() - 1) : iri;
  }

  /** The resource of the schema a version's documents are checked against. */
  static String entryResource(SpecVersion version) {
    return switch (version) {
      case OPENAPI_3_1 -> OAS_3_1_BASE;
      default -> version.schemaResource();
    };
  }

  private static Compiled compile(SpecVersion version) {
    SchemaRegistry registry = registry();
    Schema schema = load(registry, entryResource(version));
    Schema plain = version == SpecVersion.OPENAPI_3_1 ? load(registry, version.schemaResource()) : schema;
    return new Compiled(schema, plain, SchemaDocs.load(version));
  }

  private static Schema load(SchemaRegistry registry, String resource) {
    Schema s = registry.getSchema(SchemaLocation.of(CLASSPATH + resource));
    s.initializeValidators();
    return s;
  }

  static JsonNode readResource(String resource) {
    ClassLoader cl = SchemaCatalog.class.getClassLoader();
    try (InputStream in = cl.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("charter: missing schema resource " + resource);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("charter: cannot read schema resource " + resource, e);
    }
  }

  /**
   * The schema documents of one version as JSON, by the IRI the validator knows them by, to look
   * up the schema behind an error (the properties an object may have, the branches of a oneOf).
   */
  static final class SchemaDocs {
    private final Map<String, JsonNode> byIri;

    private SchemaDocs(Map<String, JsonNode> byIri) {
      this.byIri = Map.copyOf(byIri);
    }

    static SchemaDocs load(SpecVersion version) {
      Map<String, JsonNode> docs = new HashMap<>();
      List<String> resources = new ArrayList<>();
      resources.add(version.schemaResource());
      if (version == SpecVersion.OPENAPI_3_1) {
        resources.add(OAS_3_1_BASE);
        resources.add(IDS.get(OAS_3_1_DIALECT_ID));
        resources.add(IDS.get(OAS_3_1_META_ID));
      }
      for (String r : resources) {
        JsonNode doc = readResource(r);
        docs.put(CLASSPATH + r, doc);
        JsonNode id = doc.has("$id") ? doc.get("$id") : doc.get("id");
        if (id != null && id.isTextual()) {
          docs.put(strip(id.asText()), doc);
        }
      }
      if (version == SpecVersion.OPENAPI_3_1) {
        docs.put(DRAFT_2020_12 + "schema", readResource("draft/2020-12/schema"));
        for (String m : List.of("core", "applicator", "unevaluated", "validation", "meta-data", "format-annotation",
            "content")) {
          docs.put(DRAFT_2020_12 + "meta/" + m, readResource("draft/2020-12/meta/" + m));
        }
      } else if (version.isAsyncApi()) {
        docs.put(DRAFT_07, readResource("draft-07/schema"));
      } else {
        docs.put(DRAFT_04, readResource("draft-04/schema"));
      }
      return new SchemaDocs(docs);
    }

    /** The schema node at {@code location}, or null when it is not a shipped document or not a pointer. */
    JsonNode node(SchemaLocation location) {
      if (location == null || location.getAbsoluteIri() == null) {
        return null;
      }
      JsonNode doc = byIri.get(strip(location.getAbsoluteIri().toString()));
      if (doc == null) {
        return null;
      }
      NodePath fragment = location.getFragment();
      JsonNode n = doc;
      for (int i = 0; fragment != null && i < fragment.getNameCount() && n != null; i++) {
        Object e = fragment.getElement(i);
        n = e instanceof Integer idx && n.isArray() ? n.get(idx) : n.get(String.valueOf(e));
      }
      return n;
    }

    /** Follows {@code $ref} (within shipped documents) from {@code node}, found in the document {@code iri}. */
    Located resolve(String iri, JsonNode node) {
      String base = iri;
      JsonNode n = node;
      for (int i = 0; i < 16 && n != null && n.isObject() && n.path("$ref").isTextual(); i++) {
        String ref = n.get("$ref").asText();
        int hash = ref.indexOf('#');
        String docIri = hash == 0 ? base : strip(hash < 0 ? ref : ref.substring(0, hash));
        String fragment = hash < 0 ? "" : ref.substring(hash + 1);
        JsonNode doc = byIri.get(docIri);
        if (doc == null || !(fragment.isEmpty() || fragment.startsWith("/"))) {
          return new Located(base, n);
        }
        base = docIri;
        n = doc.at(dev.charter.core.parse.JsonPointers.fromFragment(fragment));
        if (n.isMissingNode()) {
          return null;
        }
      }
      return n == null ? null : new Located(base, n);
    }

    /** A schema node and the IRI of the document it is in. */
    record Located(String iri, JsonNode node) {}
  }
}
