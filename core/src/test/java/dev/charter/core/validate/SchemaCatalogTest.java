package dev.charter.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import dev.charter.core.spec.SpecVersion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SchemaCatalogTest {

  @Test
  void everyVersionCompilesFromShippedResourcesOnly() {
    for (SpecVersion v : SpecVersion.values()) {
      SchemaCatalog.Compiled c = SchemaCatalog.compiled(v);
      assertThat(c.schema()).as(v.name()).isNotNull();
      assertThat(c.plain()).as(v.name()).isNotNull();
      // compiled once per JVM
      assertThat(SchemaCatalog.compiled(v)).isSameAs(c);
    }
  }

  @Test
  void knownIdsAreTheIdsOfTheirResources() {
    for (Map.Entry<String, String> e : SchemaCatalog.IDS.entrySet()) {
      JsonNode doc = SchemaCatalog.readResource(e.getValue());
      JsonNode id = doc.has("$id") ? doc.get("$id") : doc.get("id");
      assertThat(SchemaCatalog.strip(id.asText())).as(e.getValue()).isEqualTo(e.getKey());
    }
  }

  /**
   * Every absolute IRI the shipped schemas use ({@code $ref}, {@code $schema}) is one charter maps
   * to a resource or a JSON Schema meta-schema inside the validator jar. A schema added later that
   * points anywhere else fails here rather than reaching for the network.
   */
  @Test
  void everyAbsoluteReferenceIsMappedToAResource() {
    List<String> resources = new ArrayList<>(SchemaCatalog.IDS.values());
    for (SpecVersion v : SpecVersion.values()) {
      resources.add(v.schemaResource());
    }
    resources.add(SchemaCatalog.OAS_3_1_BASE);
    TreeSet<String> iris = new TreeSet<>();
    for (String r : resources) {
      collect(SchemaCatalog.readResource(r), false, iris);
    }
    assertThat(iris).isNotEmpty();
    for (String iri : iris) {
      String base = SchemaCatalog.strip(iri.contains("#") ? iri.substring(0, iri.indexOf('#')) : iri);
      if (SchemaCatalog.mapId(base) != null) {
        continue;
      }
      String path;
      if (base.startsWith("https://json-schema.org/")) {
        path = base.substring("https://json-schema.org/".length());
      } else if (base.startsWith("http://json-schema.org/")) {
        path = base.substring("http://json-schema.org/".length());
      } else {
        throw new AssertionError("a shipped schema refers to " + iri + ", which charter does not map");
      }
      assertThat(getClass().getClassLoader().getResource(path)).as(iri).isNotNull();
    }
  }

  /** $ref and $schema values, skipping examples and other data that merely look like references. */
  private static void collect(JsonNode node, boolean data, TreeSet<String> out) {
    if (node.isArray()) {
      node.forEach(n -> collect(n, data, out));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      boolean isData = data || e.getKey().equals("examples") || e.getKey().equals("default")
          || e.getKey().equals("enum") || e.getKey().equals("const") || e.getKey().equals("example");
      if (!isData && (e.getKey().equals("$ref") || e.getKey().equals("$schema")) && e.getValue().isTextual()
          && e.getValue().asText().matches("^[a-z]+:.*")) {
        out.add(e.getValue().asText());
      }
      collect(e.getValue(), isData, out);
    }
  }

  @Test
  void neverFetchesFromTheNetwork() {
    SchemaRegistry registry = SchemaCatalog.registry();
    String schema = "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
        + " \"$ref\": \"https://example.com/schemas/remote.json\"}";
    assertThatThrownBy(() -> {
      Schema s = registry.getSchema(schema, InputFormat.JSON);
      s.initializeValidators();
      s.validate(new ObjectMapper().readTree("{}"));
    }).hasStackTraceContaining("never fetched from the network");
    assertThatThrownBy(() -> SchemaCatalog.allowed(com.networknt.schema.AbsoluteIri.of("http://169.254.169.254/x")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(SchemaCatalog.allowed(com.networknt.schema.AbsoluteIri.of(
        "classpath:charter/schemas/openapi/3.0.json"))).isTrue();
  }

  @Test
  void patternsInSchemasRunThroughSafeRegex() throws Exception {
    SchemaRegistry registry = SchemaCatalog.registry();
    Schema s = registry.getSchema("{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
        + " \"type\": \"string\", \"pattern\": \"(?=a)a*a*a*a*a*b\"}", InputFormat.JSON);
    // catastrophic for java.util.regex (seconds for 1,000 characters), cut short by SafeRegex
    JsonNode evil = new ObjectMapper().readTree("\"" + "a".repeat(2_000) + "\"");
    List<com.networknt.schema.Error> errors = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> s.validate(evil));
    assertThat(errors).extracting(com.networknt.schema.Error::getKeyword).containsExactly("pattern");
    assertThat(s.validate(new ObjectMapper().readTree("\"aaab\""))).isEmpty();
  }
}
