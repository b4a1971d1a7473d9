package dev.charter.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import dev.charter.core.diag.Location;
import dev.charter.core.model.SchemaDialect;
import dev.charter.core.model.SchemaView;
import dev.charter.core.parse.JsonPointers;
import dev.charter.core.spec.SpecDocument;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks JSON values against the schemas of a loaded spec: request bodies and parameters in the
 * mock server, examples in lint, responses in {@code charter verify} and contract tests.
 *
 * <p>Each schema is compiled once per direction, on first use, and kept; compiled schemas are
 * immutable and may be used from any number of threads ({@link #compile} gives one to keep for a
 * hot path). The schemas are read with their dialect's meaning (see {@link NormalizedSchemas}):
 * OpenAPI 3.0 {@code nullable}, boolean exclusive bounds and ignored {@code $ref} siblings,
 * Swagger 2.0 {@code x-nullable}, OpenAPI 3.1 as JSON Schema 2020-12, AsyncAPI as draft 7; an
 * OpenAPI {@code discriminator} selects the alternative of a {@code oneOf}/{@code anyOf}.
 * References are followed within the spec, across its files, and never over the network.
 * {@code readOnly} properties may not be sent in requests and {@code writeOnly} ones in responses,
 * and neither is then required. Formats with a standard meaning are asserted (see {@link
 * OpenApiFormats}); others are not. Patterns run through {@link SafeRegex}, so no spec and no
 * value can make validation hang.
 *
 * <p>Every violation names the member of the instance it is about (a JSON pointer), says what is
 * wrong in words, and gives the schema keyword that rejected it with its position in the spec's
 * files.
 */
public final class InstanceValidator {
  private static final String BASE = "https://charter.invalid/spec/";

  /** Which side of an exchange the value is: requests may not carry readOnly members, responses writeOnly ones. */
  public enum Direction {
    REQUEST,
    RESPONSE,
    /** Neither rule applies: the schema as written (for examples whose side is unknown). */
    ANY
  }

  /**
   * One reason a value is invalid.
   *
   * @param instancePointer the member of the value concerned, as a JSON pointer ({@code ""} for the value itself)
   * @param message what is wrong, in words
   * @param keyword the schema keyword that rejected it ({@code type}, {@code required}, …)
   * @param schemaLocation where that keyword (or the schema holding it) is in the spec's files
   */
  public record Violation(String instancePointer, String message, String keyword, Location schemaLocation) {
    public Violation {
      Objects.requireNonNull(instancePointer, "instancePointer");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(keyword, "keyword");
      Objects.requireNonNull(schemaLocation, "schemaLocation");
    }
  }

  /**
   * @param regex how patterns are evaluated (limits for the backtracking fallback)
   * @param assertFormats whether {@code format} is checked (see {@link OpenApiFormats})
   * @param maxViolations at most this many violations are reported per value
   */
  public record Options(SafeRegex regex, boolean assertFormats, int maxViolations) {
    public static final Options DEFAULT = new Options(SafeRegex.instance(), true, 100);

    public Options {
      Objects.requireNonNull(regex, "regex");
      if (maxViolations < 1) {
        throw new IllegalArgumentException("maxViolations must be positive");
      }
    }
  }

  private final SpecDocument document;
  private final Options options;
  private final SchemaRegistry registry;
  private final Map<TreeKey, Tree> trees = new ConcurrentHashMap<>();
  private final Map<SchemaKey, CompiledSchema> compiled = new ConcurrentHashMap<>();

  public InstanceValidator(SpecDocument document) {
    this(document, Options.DEFAULT);
  }

  public InstanceValidator(SpecDocument document, Options options) {
    this.document = Objects.requireNonNull(document, "document");
    this.options = Objects.requireNonNull(options, "options");
    Dialect dialect = Dialect.builder(Dialects.getDraft202012())
        .formats(formats -> {
          formats.keySet().retainAll(OpenApiFormats.STANDARD);
          OpenApiFormats.extra().forEach(f -> formats.put(f.getName(), f));
        })
        .build();
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .formatAssertionsEnabled(options.assertFormats())
        .regularExpressionFactory(options.regex())
        .preloadSchema(false)
        .build();
    // Nothing may be loaded: every schema comes from the spec's own tree.
    this.registry = SchemaRegistry.withDefaultDialect(dialect, b -> b
        .schemaRegistryConfig(config)
        .schemaLoader(l -> l.allow(iri -> false)));
  }

  public SpecDocument document() {
    return document;
  }

  /** The violations of {@code instance} against {@code schema}; empty when it is valid. */
  public List<Violation> validate(SchemaView schema, JsonNode instance, Direction direction) {
    return compile(schema, direction).validate(instance);
  }

  /** {@code schema} compiled for {@code direction}, compiling it now if it was not yet. */
  public CompiledSchema compile(SchemaView schema, Direction direction) {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(direction, "direction");
    if (schema.dialect() == SchemaDialect.UNSUPPORTED || schema.isUnresolved() || schema.acceptsAnything()) {
      return CompiledSchema.ANYTHING;
    }
    Tree tree = trees.computeIfAbsent(new TreeKey(schema.dialect(), direction), this::tree);
    boolean inTree = NormalizedSchemas.isInTree(schema.node());
    String pointer = tree.schemas.pointerOf(schema.node());
    SchemaKey key = inTree && pointer != null
        ? new SchemaKey(tree.key, pointer, null)
        : new SchemaKey(tree.key, schema.node().toString(), schema.value());
    return compiled.computeIfAbsent(key, k -> tree.compile(schema, k.pointer(), k.standalone() != null));
  }

  /**
   * Patterns of the spec that no regular expression engine charter has accepts; they are not
   * checked. Known once the schemas of that dialect and direction have been compiled.
   */
  public List<String> notes() {
    return trees.values().stream().flatMap(t -> t.schemas.notes().stream()).distinct().toList();
  }

  private Tree tree(TreeKey key) {
    NormalizedSchemas schemas = new NormalizedSchemas(document, key.dialect(), key.direction(), options.regex());
    String base = BASE + key.dialect().name().toLowerCase(java.util.Locale.ROOT) + "/"
        + key.direction().name().toLowerCase(java.util.Locale.ROOT) + ".json";
    Schema root = registry.getSchema(SchemaLocation.of(base), schemas.tree());
    return new Tree(key, schemas, root, base, new ViolationExplainer(schemas, options.maxViolations()));
  }

  private record TreeKey(SchemaDialect dialect, Direction direction) {}

  /** A compiled schema: by its pointer in the normalised tree, or (built by the model) by its content. */
  private record SchemaKey(TreeKey tree, String pointer, JsonNode standalone) {}

  /** The normalised schemas of one dialect and direction, and their compiled root. */
  private final class Tree {
    final TreeKey key;
    final NormalizedSchemas schemas;
    final Schema root;
    final String base;
    final ViolationExplainer explainer;

    Tree(TreeKey key, NormalizedSchemas schemas, Schema root, String base, ViolationExplainer explainer) {
      this.key = key;
      this.schemas = schemas;
      this.root = root;
      this.base = base;
      this.explainer = explainer;
    }

    CompiledSchema compile(SchemaView view, String pointer, boolean standalone) {
      try {
        Schema schema;
        synchronized (this) {
          if (standalone) {
            // A schema the model built (Swagger 2.0 form parameters as one object): not in the
            // tree, so it is compiled on its own, as a child of the document so that references resolve.
            String at = schemas.pointerOf(view.node());
            SchemaLocation location = SchemaLocation.of(base + "#" + NormalizedSchemas.encodeFragment(at == null ? "" : at));
            schema = registry.create(root.getSchemaContext(), location, schemas.standalone(view), root);
          } else {
            schema = root.getSubSchema(path(schemas.tree(), pointer));
          }
          schema.initializeValidators();
        }
        ViolationExplainer.Located root = standalone
            ? new ViolationExplainer.Located(schema.getSchemaNode(), schemas.pointerOf(view.node()))
            : new ViolationExplainer.Located(schemas.tree().at(pointer), schemas.writtenPointer(pointer));
        return new CompiledSchema(schema, explainer, root, schemas.locate(schemas.writtenPointer(pointer)));
      } catch (RuntimeException | StackOverflowError e) {
        // A schema the validator cannot use (an $id that leads outside the spec, a keyword with a
        // value of the wrong kind): values are not checked against it rather than all rejected.
        return CompiledSchema.ANYTHING;
      }
    }
  }

  /** The validator library's path to the node at {@code pointer}: member names and array indexes. */
  private static NodePath path(JsonNode tree, String pointer) {
    NodePath path = new NodePath(PathType.JSON_POINTER);
    JsonNode n = tree;
    for (String token : JsonPointers.split(pointer)) {
      if (n != null && n.isArray()) {
        int i = Integer.parseInt(token);
        path = path.append(i);
        n = n.get(i);
      } else {
        path = path.append(token);
        n = n == null ? null : n.get(token);
      }
    }
    return path;
  }

  /** A schema ready to check values against. Immutable and thread-safe. */
  /**
   * The largest decimal exponent of a number that is checked. Beyond it the arithmetic of some
   * keywords ({@code multipleOf}, integer formats) grows with the exponent: {@code 1e60000000}, 16
   * bytes of JSON, would take minutes and gigabytes. No real number needs more (a double stops at
   * 1e308).
   */
  static final int MAX_EXPONENT = 1000;

  /** The pointer of a number in {@code instance} beyond {@link #MAX_EXPONENT}, or null. */
  private static String numberOutOfRange(JsonNode instance) {
    // a first pass without pointers: the common case (no such number) allocates nothing per node
    java.util.ArrayDeque<JsonNode> nodes = new java.util.ArrayDeque<>();
    nodes.push(instance);
    boolean found = false;
    while (!nodes.isEmpty() && !found) {
      JsonNode n = nodes.pop();
      found = outOfRange(n);
      if (n.isContainerNode()) {
        n.forEach(nodes::push);
      }
    }
    if (!found) {
      return null;
    }
    java.util.ArrayDeque<Map.Entry<String, JsonNode>> todo = new java.util.ArrayDeque<>();
    todo.push(Map.entry("", instance));
    while (!todo.isEmpty()) {
      Map.Entry<String, JsonNode> e = todo.pop();
      JsonNode n = e.getValue();
      String at = e.getKey();
      if (outOfRange(n)) {
        return at;
      }
      if (n.isArray()) {
        for (int i = 0; i < n.size(); i++) {
          todo.push(Map.entry(at + "/" + i, n.get(i)));
        }
      } else if (n.isObject()) {
        n.properties().forEach(m -> todo.push(Map.entry(at + "/" + JsonPointers.escape(m.getKey()), m.getValue())));
      }
    }
    return "";
  }

  private static boolean outOfRange(JsonNode n) {
    if (!n.isBigDecimal() && !n.isBigInteger()) {
      return false;
    }
    java.math.BigDecimal d = n.decimalValue();
    long exponent = (long) d.precision() - d.scale() - 1;
    return d.signum() != 0 && Math.abs(exponent) > MAX_EXPONENT;
  }

  public static final class CompiledSchema {
    static final CompiledSchema ANYTHING = new CompiledSchema(null, null, null, null);

    private final Schema schema;
    private final ViolationExplainer explainer;
    private final ViolationExplainer.Located root;
    private final Location location;

    private CompiledSchema(Schema schema, ViolationExplainer explainer, ViolationExplainer.Located root,
        Location location) {
      this.schema = schema;
      this.explainer = explainer;
      this.root = root;
      this.location = location;
    }

    /** Whether every value is valid (no schema, or one that could not be compiled). */
    public boolean acceptsAnything() {
      return schema == null;
    }

    /** The violations of {@code instance}; empty when it is valid. */
    public List<Violation> validate(JsonNode instance) {
      if (schema == null) {
        return List.of();
      }
      String outOfRange = numberOutOfRange(instance);
      if (outOfRange != null) {
        return List.of(new Violation(outOfRange, "the number is too large or too small to be checked (its decimal exponent is beyond "
            + MAX_EXPONENT + " either way)", "number", location));
      }
      List<Error> errors;
      try {
        errors = schema.validate(instance);
      } catch (StackOverflowError e) {
        return List.of(new Violation("", "the value is nested too deeply to be checked", "depth", location));
      }
      return errors.isEmpty() ? List.of() : explainer.explain(errors, root, instance);
    }
  }
}
