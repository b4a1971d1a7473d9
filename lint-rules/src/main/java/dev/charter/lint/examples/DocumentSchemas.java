package dev.charter.lint.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.serialization.NodeReader;
import dev.charter.core.parse.JsonPointers;
import dev.charter.core.spec.Bundler;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.validate.SafeRegex;
import dev.charter.lint.SpecFormat;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The schemas of one document, ready to validate examples: the document is bundled into one tree
 * (so every {@code $ref} resolves inside it), registered once with the JSON Schema library under a
 * private IRI, and each schema is compiled the first time a value is checked against it, then
 * reused. OpenAPI 3.0's {@code nullable} (and Swagger's {@code x-nullable}) become {@code "null"}
 * types, as OpenAPI means them; Swagger parameters' boolean {@code required} is dropped. Patterns
 * run on RE2/J with a bounded fallback; formats are checked. Thread-safe.
 */
public final class DocumentSchemas implements InstanceCheck {
  private static final String IRI = "urn:charter:lint:document";
  /** What the registry "reads" for the document's IRI; the reader answers it with the tree already in memory. */
  private static final String MARKER = "charter:in-memory-document";
  private static final byte[] MARKER_BYTES = MARKER.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  private static final int MAX_REF_HOPS = 64;

  private final JsonNode tree;
  private final SchemaRegistry registry;
  private final Map<String, Optional<Schema>> compiled = new ConcurrentHashMap<>();
  /** Above this many alternatives, a failed oneOf/anyOf is reported alone, without each branch's errors. */
  private static final int MAX_BRANCHES_REPORTED = 4;

  private final Map<String, Optional<String>> nullableWithoutType = new ConcurrentHashMap<>();
  private final JsonNode original;

  private DocumentSchemas(JsonNode tree, JsonNode original, SpecificationVersion dialect) {
    this.tree = tree;
    this.original = original;
    NodeReader fallback = NodeReader.builder().build();
    NodeReader reader = new NodeReader() {
      @Override
      public JsonNode readTree(String content, InputFormat format) throws IOException {
        return MARKER.equals(content) ? tree : fallback.readTree(content, format);
      }

      @Override
      public JsonNode readTree(InputStream in, InputFormat format) throws IOException {
        byte[] bytes = in.readAllBytes();
        if (java.util.Arrays.equals(bytes, MARKER_BYTES)) {
          return tree;
        }
        return fallback.readTree(new java.io.ByteArrayInputStream(bytes), format);
      }
    };
    this.registry = SchemaRegistry.withDefaultDialect(dialect, b -> b
        .schemaRegistryConfig(SchemaRegistryConfig.builder()
            .formatAssertionsEnabled(true)
            .regularExpressionFactory(SafeRegex.instance())
            .build())
        .nodeReader(reader)
        .schemas(iri -> iri.equals(IRI) ? MARKER : null)
        .schemaLoader(l -> l.allow(iri -> {
          String s = iri.toString();
          return s.equals(IRI) || s.startsWith("https://json-schema.org/draft/") || s.startsWith("http://json-schema.org/draft-")
              || s.startsWith("https://spec.openapis.org/oas/3.1/");
        })));
  }

  public static DocumentSchemas of(SpecDocument document, SpecFormat format) {
    JsonNode original = Bundler.bundle(document).tree();
    JsonNode tree = original;
    SpecificationVersion dialect = switch (format) {
      case OAS2, OAS3_0 -> SpecificationVersion.DRAFT_4;
      case OAS3_1, OAS3_2 -> SpecificationVersion.DRAFT_2020_12;
      default -> SpecificationVersion.DRAFT_7;
    };
    if (format == SpecFormat.OAS2 || format == SpecFormat.OAS3_0) {
      tree = openApiMeaning(tree, format == SpecFormat.OAS2 ? "x-nullable" : "nullable");
    }
    return new DocumentSchemas(withoutRootId(tree), original, dialect);
  }

  /**
   * Where the schema at {@code schemaPath}, or one it uses, has {@code nullable: true} without a
   * {@code type} (OpenAPI 3.0): such a nullable does nothing, and ajv-based tools (Spectral, Prism)
   * refuse to compile the schema, so they cannot check values against it. The pointer is in the
   * bundled document; empty when there is none.
   */
  public Optional<String> nullableWithoutType(List<Object> schemaPath) {
    String start = pointer(schemaPath);
    if (start == null) {
      return Optional.empty();
    }
    return nullableWithoutType.computeIfAbsent(start, p -> {
      java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>();
      java.util.Set<String> seen = new java.util.HashSet<>();
      todo.add(p);
      while (!todo.isEmpty()) {
        String at = todo.poll();
        if (!seen.add(at) || seen.size() > 100_000) {
          continue;
        }
        JsonNode n = original.at(at);
        if (n.isArray()) {
          for (int i = 0; i < n.size(); i++) {
            todo.add(JsonPointers.append(at, i));
          }
          continue;
        }
        if (!n.isObject()) {
          continue;
        }
        JsonNode ref = n.get("$ref");
        if (ref != null && ref.isTextual() && ref.textValue().startsWith("#")) {
          todo.add(JsonPointers.fromFragment(ref.textValue()));
          continue;
        }
        JsonNode nullable = n.get("nullable");
        if (nullable != null && nullable.isBoolean() && nullable.booleanValue() && !n.has("type")) {
          return Optional.of(at);
        }
        Iterator<String> names = n.fieldNames();
        while (names.hasNext()) {
          String k = names.next();
          if (!k.startsWith("x-") && !k.equals("example") && !k.equals("examples") && !k.equals("default")
              && !k.equals("enum") && !k.equals("const")) {
            todo.add(JsonPointers.append(at, k));
          }
        }
      }
      return Optional.empty();
    });
  }

  /**
   * The tree as OpenAPI means it: {@code nullable} admits null and boolean {@code required} members
   * are gone. Copy on write: subtrees with nothing to change are shared, not copied.
   */
  static JsonNode openApiMeaning(JsonNode node, String nullableKey) {
    if (node.isArray()) {
      ArrayNode out = null;
      for (int i = 0; i < node.size(); i++) {
        JsonNode c = node.get(i);
        JsonNode m = c.isContainerNode() ? openApiMeaning(c, nullableKey) : c;
        if (m != c && out == null) {
          out = JsonNodeFactory.instance.arrayNode(node.size());
          for (int j = 0; j < i; j++) {
            out.add(node.get(j));
          }
        }
        if (out != null) {
          out.add(m);
        }
      }
      return out == null ? node : out;
    }
    if (!node.isObject()) {
      return node;
    }
    ObjectNode out = null;
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    int i = 0;
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String k = e.getKey();
      JsonNode v = e.getValue();
      boolean drop = k.equals("required") && v.isBoolean();
      boolean data = k.equals("example") || k.equals("examples") || k.equals("default") || k.equals("enum")
          || k.equals("x-example") || k.startsWith("x-");
      JsonNode m = drop || data || !v.isContainerNode() ? v : openApiMeaning(v, nullableKey);
      if ((drop || m != v) && out == null) {
        out = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> before = node.fields();
        for (int j = 0; j < i; j++) {
          Map.Entry<String, JsonNode> b = before.next();
          out.set(b.getKey(), b.getValue());
        }
      }
      if (out != null && !drop) {
        out.set(k, m);
      }
      i++;
    }
    JsonNode nullable = node.get(nullableKey);
    if (nullable != null && nullable.asBoolean(false) && node.path("type").isTextual()) {
      if (out == null) {
        out = ((ObjectNode) node).deepCopy();
      }
      String type = node.get("type").textValue();
      ArrayNode types = out.putArray("type");
      types.add(type);
      types.add("null");
      // Only the type widens: "other Schema Object constraints retain their defined behavior, and
      // therefore may disallow the use of null" (OpenAPI 3.0.3), so an enum without null still refuses it.
    }
    return out == null ? node : out;
  }

  /**
   * The document's root is no schema, but the JSON Schema library reads an {@code id} or {@code $id}
   * there as the base IRI of everything below (AsyncAPI 2 documents carry {@code id: urn:…}), and
   * then no schema can be found under charter's IRI. The root members are shared, not copied.
   */
  private static JsonNode withoutRootId(JsonNode tree) {
    if (!tree.isObject() || (!tree.has("id") && !tree.has("$id"))) {
      return tree;
    }
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getKey().equals("id") && !e.getKey().equals("$id")) {
        root.set(e.getKey(), e.getValue());
      }
    }
    return root;
  }

  /** The pointer of the bundled tree that {@code path} reaches, following references; null if it reaches nothing. */
  String pointer(List<Object> path) {
    JsonNode node = tree;
    String pointer = "";
    int hops = 0;
    for (int i = 0; i <= path.size(); i++) {
      while (node != null && node.isObject() && node.path("$ref").isTextual() && hops++ < MAX_REF_HOPS) {
        String ref = node.get("$ref").textValue();
        if (!ref.startsWith("#")) {
          return null;
        }
        pointer = JsonPointers.fromFragment(ref);
        node = tree.at(pointer);
        if (node.isMissingNode()) {
          return null;
        }
      }
      if (i == path.size() || node == null) {
        break;
      }
      Object key = path.get(i);
      JsonNode next = key instanceof Integer idx ? node.get(idx) : node.get(String.valueOf(key));
      if (next == null) {
        return null;
      }
      pointer = key instanceof Integer idx ? JsonPointers.append(pointer, idx) : JsonPointers.append(pointer, String.valueOf(key));
      node = next;
    }
    return node == null ? null : pointer;
  }

  @Override
  public List<Problem> check(List<Object> schemaPath, JsonNode value, Direction direction) {
    String pointer = pointer(schemaPath);
    if (pointer == null) {
      return List.of();
    }
    Optional<Schema> schema = compiled.computeIfAbsent(pointer, this::compile);

    if (schema.isEmpty()) {
      return List.of();
    }
    List<Error> errors;
    try {
      errors = schema.get().validate(value);
    } catch (RuntimeException | StackOverflowError e) {
      return List.of();
    }

    List<String> paths = new ArrayList<>(errors.size());
    boolean[] dropped = new boolean[errors.size()];
    List<Integer> combinators = new ArrayList<>();
    for (int i = 0; i < errors.size(); i++) {
      Error e = errors.get(i);
      paths.add(slashed(e.getEvaluationPath()) + "/");
      dropped[i] = relaxed(e, direction);
      if ("oneOf".equals(e.getKeyword()) || "anyOf".equals(e.getKeyword())) {
        combinators.add(i);
      }
    }
    if (!combinators.isEmpty()) {
      // Innermost first, so that a nested combinator found satisfied counts as passing for the outer one.
      combinators.sort((a, b) -> paths.get(b).length() - paths.get(a).length());
      for (int c : combinators) {
        settleCombinator(errors, paths, dropped, c);
      }
    }
    List<Problem> out = new ArrayList<>();
    for (int i = 0; i < errors.size(); i++) {
      if (!dropped[i]) {
        Error e = errors.get(i);
        out.add(new Problem(path(e.getInstanceLocation()), message(e)));
      }
    }
    return out;
  }

  private Optional<Schema> compile(String pointer) {
    try {
      Schema s = registry.getSchema(SchemaLocation.of(IRI + "#" + pointer));
      s.initializeValidators();
      return Optional.of(s);
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  /** A required property that is readOnly (in a request) or writeOnly (in a response) need not be sent. */
  private boolean relaxed(Error e, Direction direction) {
    if (direction == Direction.NONE || !"required".equals(e.getKeyword()) || e.getProperty() == null
        || e.getSchemaLocation() == null || e.getSchemaLocation().getFragment() == null) {
      return false;
    }
    NodePath fragment = e.getSchemaLocation().getFragment();
    StringBuilder parent = new StringBuilder();
    for (int i = 0; i < fragment.getNameCount() - 1; i++) {
      parent.append('/').append(JsonPointers.escape(String.valueOf(fragment.getElement(i))));
    }
    JsonNode property = tree.at(parent + "/properties/" + JsonPointers.escape(e.getProperty()));
    String flag = direction == Direction.REQUEST ? "readOnly" : "writeOnly";
    return property.path(flag).asBoolean(false);
  }

  /**
   * Settles the failed oneOf/anyOf at {@code c} against the errors of its branches. The validator
   * does not know that a readOnly property need not be sent in a request (nor a writeOnly one in a
   * response): when some branch fails only on such requirements, the combinator holds and none of
   * its errors stand. Otherwise its branches' errors show what is wrong when there are a few
   * alternatives (Spectral reports them too); a value that matches none of 30 alternatives would
   * give dozens of findings for one mistake, so there the combinator's own error says it alone.
   */
  private static void settleCombinator(List<Error> errors, List<String> paths, boolean[] dropped, int c) {
    if (dropped[c]) {
      return;
    }
    Error combinator = errors.get(c);
    String prefix = paths.get(c);
    boolean noneValid = "anyOf".equals(combinator.getKeyword())
        || (combinator.getArguments() != null && combinator.getArguments().length > 0
            && "0".equals(String.valueOf(combinator.getArguments()[0])));
    Map<String, Boolean> branchFails = new java.util.HashMap<>();
    for (int i = 0; i < errors.size(); i++) {
      String path = paths.get(i);
      if (i == c || !path.startsWith(prefix)) {
        continue;
      }
      int slash = path.indexOf('/', prefix.length());
      String branch = slash < 0 ? path.substring(prefix.length()) : path.substring(prefix.length(), slash);
      branchFails.merge(branch, !dropped[i], Boolean::logicalOr);
    }
    boolean satisfied = noneValid && branchFails.containsValue(Boolean.FALSE);
    JsonNode alternatives = combinator.getSchemaNode();
    boolean many = alternatives != null && alternatives.size() > MAX_BRANCHES_REPORTED;
    if (satisfied || many) {
      for (int i = 0; i < errors.size(); i++) {
        if (i != c && paths.get(i).startsWith(prefix)) {
          dropped[i] = true;
        }
      }
    }
    if (satisfied) {
      dropped[c] = true;
    }
  }

  private static String slashed(NodePath p) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; p != null && i < p.getNameCount(); i++) {
      out.append('/').append(p.getElement(i));
    }
    return out.toString();
  }

  private static List<Object> path(NodePath p) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; p != null && i < p.getNameCount(); i++) {
      out.add(p.getElement(i));
    }
    return out;
  }

  private static String message(Error e) {
    String m = e.getMessage();
    int colon = m.indexOf(": ");
    return colon > 0 && m.startsWith("$") ? m.substring(colon + 2) : m;
  }
}
