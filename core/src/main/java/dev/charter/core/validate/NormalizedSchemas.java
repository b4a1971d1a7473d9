package dev.charter.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.core.diag.Location;
import dev.charter.core.model.SchemaDialect;
import dev.charter.core.parse.JsonPointers;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecFile;
import dev.charter.core.spec.SpecNode;
import dev.charter.core.validate.InstanceValidator.Direction;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The schemas of a spec rewritten, for one dialect and one direction, into plain JSON Schema
 * 2020-12, so that one well-tested validator can check instances against any of them:
 *
 * <ul>
 *   <li>OpenAPI 3.0 {@code nullable} and Swagger 2.0 {@code x-nullable} become a {@code "null"}
 *       type (and a {@code null} enum value); where there is no {@code type} to extend (a nullable
 *       {@code allOf} or reference), the schema is wrapped in {@code anyOf: [{type: null}, …]}
 *       and the wrapper is remembered, so that positions and messages still refer to the schema as
 *       written;
 *   <li>boolean {@code exclusiveMinimum}/{@code exclusiveMaximum} become numeric bounds;
 *   <li>members beside a {@code $ref} are dropped where the spec's version ignores them (2.0, 3.0);
 *   <li>draft-7 tuples and {@code dependencies} (AsyncAPI) become their 2020-12 forms;
 *   <li>by direction, a {@code readOnly} property (in requests) or {@code writeOnly} property (in
 *       responses) is no longer required and may not be sent, as OpenAPI prescribes;
 *   <li>patterns no engine accepts are dropped (noted), references are pointed at the one
 *       combined document, and references that could not be followed accept anything.
 * </ul>
 *
 * <p>A single-file spec keeps its own pointers; the files of a multi-file spec are placed side
 * by side under {@code /f0}, {@code /f1}, … and every reference points there. Unchanged nodes are
 * shared with the loaded tree, so memory grows with what was rewritten, not with the spec. Built
 * once and never modified afterwards, so it is safe to share.
 */
final class NormalizedSchemas {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_DEPTH = 256;
  private static final int MAX_REF_CHAIN = 32;

  private static final Set<String> SINGLE = Set.of("additionalProperties", "additionalItems", "not", "if", "then",
      "else", "contains", "propertyNames", "unevaluatedProperties", "unevaluatedItems", "contentSchema");
  private static final Set<String> LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
  private static final Set<String> MAPS = Set.of("properties", "patternProperties", "$defs", "definitions",
      "dependentSchemas");
  private static final List<String> ROOT_KEYWORDS = List.of("id", "$id", "$schema", "$anchor", "$dynamicAnchor",
      "$ref", "$dynamicRef", "type", "properties", "required", "items", "allOf", "anyOf", "oneOf", "not", "enum",
      "const", "format", "pattern", "if", "then", "else");
  private static final Set<String> COMBINATORS = Set.of("allOf", "anyOf", "oneOf", "not", "$ref");

  /** Why a property was made unsendable: its pointer (as written) → "read-only" or "write-only". */
  private final Map<String, String> hidden = new ConcurrentHashMap<>();
  private final Set<String> nullWrappers = ConcurrentHashMap.newKeySet();
  private final List<String> notes = new CopyOnWriteArrayList<>();

  private final SpecDocument document;
  private final SchemaDialect dialect;
  private final Direction direction;
  private final boolean multiFile;
  private final Map<SpecFile, String> prefixes = new IdentityHashMap<>();
  private final Map<String, SpecFile> filesByPrefix = new HashMap<>();
  private final JsonNode tree;
  private final SafeRegex regex;

  // build state, dropped once built
  private Map<SpecFile, Set<String>> visited = new IdentityHashMap<>();
  private Deque<SpecNode> pending = new ArrayDeque<>();

  NormalizedSchemas(SpecDocument document, SchemaDialect dialect, Direction direction, SafeRegex regex) {
    this.document = document;
    this.dialect = dialect;
    this.direction = direction;
    this.regex = regex;
    this.multiFile = document.isMultiFile();
    int i = 0;
    for (SpecFile f : document.files()) {
      String prefix = multiFile ? "/f" + i++ : "";
      prefixes.put(f, prefix);
      filesByPrefix.put(prefix, f);
      visited.put(f, new HashSet<>());
    }
    this.tree = build();
    this.visited = null;
    this.pending = null;
  }

  /**
   * A schema the model built rather than read (it is not in any file), rewritten on its own; its
   * references point into {@link #tree()}. Callers serialise calls (it reuses the build state).
   */
  synchronized JsonNode standalone(dev.charter.core.model.SchemaView view) {
    visited = new IdentityHashMap<>();
    for (SpecFile f : document.files()) {
      visited.put(f, new HashSet<>());
    }
    visited.putIfAbsent(view.node().file(), new HashSet<>());
    pending = new ArrayDeque<>();
    try {
      return rewriteSchema(view.value(), view.node().file(), view.node().pointer(), 0);
    } finally {
      visited = null;
      pending = null;
    }
  }

  /** The combined document all schemas are compiled from. */
  JsonNode tree() {
    return tree;
  }

  SchemaDialect dialect() {
    return dialect;
  }

  Direction direction() {
    return direction;
  }

  /** Things left out while rewriting (patterns no engine accepts), for callers that report them. */
  List<String> notes() {
    return List.copyOf(notes);
  }

  /** The pointer in {@link #tree()} of a node of the loaded spec, as written; null for a file not in the spec. */
  String pointerOf(SpecNode node) {
    String prefix = prefixes.get(node.file());
    return prefix == null ? null : realPointer(prefix + node.pointer());
  }

  /** Whether {@code node} is the very node of the loaded tree at its pointer (not built by the model). */
  static boolean isInTree(SpecNode node) {
    JsonNode at = node.file().root().at(node.pointer().isEmpty() ? "" : node.pointer());
    return at == node.value();
  }

  /** A pointer as written → the pointer in the tree, where wrappers moved the schema one level down. */
  String realPointer(String written) {
    if (nullWrappers.isEmpty()) {
      return written;
    }
    List<String> tokens = JsonPointers.split(written);
    StringBuilder out = new StringBuilder();
    StringBuilder original = new StringBuilder();
    if (nullWrappers.contains("")) {
      out.append("/anyOf/1");
    }
    for (String t : tokens) {
      String escaped = "/" + JsonPointers.escape(t);
      out.append(escaped);
      original.append(escaped);
      if (nullWrappers.contains(original.toString())) {
        out.append("/anyOf/1");
      }
    }
    return out.toString();
  }

  /** A pointer in the tree → the pointer as written (wrappers taken out). */
  String writtenPointer(String real) {
    if (nullWrappers.isEmpty()) {
      return real;
    }
    List<String> tokens = JsonPointers.split(real);
    StringBuilder original = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      original.append('/').append(JsonPointers.escape(tokens.get(i)));
      if (nullWrappers.contains(original.toString()) && i + 2 < tokens.size() && tokens.get(i + 1).equals("anyOf")
          && tokens.get(i + 2).equals("1")) {
        i += 2;
      }
    }
    return original.toString();
  }

  /** Whether the schema at {@code written} was wrapped to admit null. */
  boolean isNullWrapper(String written) {
    return nullWrappers.contains(written);
  }

  /** "read-only" or "write-only" for a property made unsendable, else null. */
  String hiddenReason(String written) {
    return hidden.get(written);
  }

  /** The node at {@code written} in the spec as loaded: its file and pointer there. */
  Optional<SpecNode> origin(String written) {
    if (!multiFile) {
      SpecFile root = document.root();
      return Optional.of(new SpecNode(document, root, written, root.root().at(written)));
    }
    List<String> tokens = JsonPointers.split(written);
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    SpecFile f = filesByPrefix.get("/" + tokens.get(0));
    if (f == null) {
      return Optional.empty();
    }
    String pointer = JsonPointers.join(tokens.subList(1, tokens.size()));
    return Optional.of(new SpecNode(document, f, pointer, f.root().at(pointer)));
  }

  /** Where the schema node at {@code written} is in the files as written. */
  Location locate(String written) {
    List<String> tokens = JsonPointers.split(written);
    if (!multiFile) {
      return document.root().locate(written);
    }
    SpecFile f = tokens.isEmpty() ? null : filesByPrefix.get("/" + tokens.get(0));
    if (f == null) {
      return document.root().locate("");
    }
    return f.locate(JsonPointers.join(tokens.subList(1, tokens.size())));
  }

  // ---------------------------------------------------------------- building

  private JsonNode build() {
    Map<SpecFile, JsonNode> roots = new LinkedHashMap<>();
    for (SpecFile f : document.files()) {
      roots.put(f, walkDocument(f.root(), f, "", null, 0));
    }
    // Schemas reached only through a reference (a file that is just a schema, a schema under an
    // unusual key): rewrite them where they are.
    while (!pending.isEmpty()) {
      SpecNode target = pending.poll();
      Set<String> seen = visited.get(target.file());
      if (seen == null || seen.contains(target.pointer()) || insideVisited(seen, target.pointer())) {
        continue;
      }
      JsonNode original = target.value();
      JsonNode rewritten = rewriteSchema(original, target.file(), target.pointer(), 0);
      if (rewritten != original) {
        roots.put(target.file(), replaceAt(roots.get(target.file()), JsonPointers.split(target.pointer()), 0, rewritten));
      }
    }
    if (!multiFile) {
      return withoutKeywords(roots.get(document.root()));
    }
    ObjectNode combined = NODES.objectNode();
    for (Map.Entry<SpecFile, JsonNode> e : roots.entrySet()) {
      combined.set(prefixes.get(e.getKey()).substring(1), e.getValue());
    }
    return combined;
  }

  /**
   * The document root is compiled as a schema too (references resolve against it): members that
   * JSON Schema would read as keywords there (AsyncAPI's {@code id}) are left out of it.
   */
  private static JsonNode withoutKeywords(JsonNode root) {
    if (!root.isObject()) {
      return NODES.objectNode();
    }
    ObjectNode out = null;
    for (String k : ROOT_KEYWORDS) {
      if (root.has(k)) {
        out = out == null ? copyOf((ObjectNode) root) : out;
        out.remove(k);
      }
    }
    return out == null ? root : out;
  }

  private static boolean insideVisited(Set<String> seen, String pointer) {
    String p = pointer;
    while (!p.isEmpty()) {
      p = JsonPointers.parent(p);
      if (seen.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** {@code root} with the node at {@code tokens} replaced; ancestors copied, the rest shared. */
  private static JsonNode replaceAt(JsonNode node, List<String> tokens, int i, JsonNode replacement) {
    if (i == tokens.size()) {
      return replacement;
    }
    String t = tokens.get(i);
    if (node.isObject()) {
      JsonNode child = node.get(t);
      if (child == null) {
        return node;
      }
      ObjectNode copy = copyOf((ObjectNode) node);
      copy.set(t, replaceAt(child, tokens, i + 1, replacement));
      return copy;
    }
    if (node.isArray()) {
      int index;
      try {
        index = Integer.parseInt(t);
      } catch (NumberFormatException e) {
        return node;
      }
      if (index < 0 || index >= node.size()) {
        return node;
      }
      ArrayNode copy = NODES.arrayNode(node.size());
      copy.addAll((ArrayNode) node);
      copy.set(index, replaceAt(node.get(index), tokens, i + 1, replacement));
      return copy;
    }
    return node;
  }

  /**
   * Walks the parts of a document that are not schemas, rewriting the schemas found in them:
   * {@code schema} members (parameters, media types, headers), AsyncAPI payloads and message
   * headers, {@code components/schemas}, {@code definitions}, and Swagger 2.0 parameters and
   * headers, which are schemas themselves.
   */
  private JsonNode walkDocument(JsonNode node, SpecFile f, String pointer, String key, int depth) {
    if (depth > MAX_DEPTH) {
      return node;
    }
    if (node.isObject()) {
      ObjectNode out = null;
      Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String k = e.getKey();
        JsonNode v = e.getValue();
        if (k.startsWith("x-") || k.equals("example") || k.equals("examples")) {
          continue;
        }
        String child = JsonPointers.append(pointer, k);
        JsonNode r = isSchemaPosition(pointer, k, v)
            ? rewriteSchema(v, f, child, 0)
            : walkDocument(v, f, child, k, depth + 1);
        if (r != v) {
          if (out == null) {
            out = copyOf((ObjectNode) node);
          }
          out.set(k, r);
        }
      }
      return out == null ? node : out;
    }
    if (node.isArray()) {
      ArrayNode out = null;
      for (int i = 0; i < node.size(); i++) {
        JsonNode v = node.get(i);
        String child = JsonPointers.append(pointer, i);
        JsonNode r = isSwaggerParameter(key, v) ? rewriteSchema(v, f, child, 0) : walkDocument(v, f, child, null, depth + 1);
        if (r != v) {
          if (out == null) {
            out = NODES.arrayNode(node.size());
            out.addAll((ArrayNode) node);
          }
          out.set(i, r);
        }
      }
      return out == null ? node : out;
    }
    return node;
  }

  private boolean isSchemaPosition(String parent, String key, JsonNode value) {
    if (!value.isObject() && !value.isBoolean()) {
      return false;
    }
    if (key.equals("schema")) {
      return true;
    }
    boolean async = dialect == SchemaDialect.ASYNCAPI || document.version().isAsyncApi();
    if (async && key.equals("payload")) {
      return true;
    }
    if (async && key.equals("headers") && value.isObject()
        && (value.has("type") || value.has("properties") || value.has("$ref") || value.has("allOf"))) {
      return true;
    }
    if (parent.endsWith("/components/schemas") || parent.equals("/definitions")) {
      return true;
    }
    if (dialect == SchemaDialect.SWAGGER_2 && value.isObject()) {
      // a parameter in the top-level parameters map, or a response header
      if (parent.equals("/parameters") && isSwaggerParameter("parameters", value)) {
        return true;
      }
      return parent.endsWith("/headers") && !parent.startsWith("/definitions");
    }
    return false;
  }

  private boolean isSwaggerParameter(String key, JsonNode value) {
    return dialect == SchemaDialect.SWAGGER_2 && "parameters".equals(key) && value.isObject()
        && value.path("in").isTextual() && !value.path("in").asText().equals("body") && !value.has("$ref");
  }

  /** The schema rewritten (the same node when nothing changes). {@code pointer} is where it is written. */
  private JsonNode rewriteSchema(JsonNode schema, SpecFile f, String pointer, int depth) {
    visited.get(f).add(pointer);
    if (schema.isBoolean()) {
      return schema;
    }
    if (!schema.isObject() || depth > MAX_DEPTH) {
      // Not a schema at all (a string where a schema belongs): it constrains nothing.
      return NODES.objectNode();
    }
    ObjectNode o = (ObjectNode) schema;
    JsonNode ref = o.get("$ref");
    boolean siblingsIgnored = dialect == SchemaDialect.SWAGGER_2 || dialect == SchemaDialect.OPENAPI_3_0;
    if (ref != null && ref.isTextual() && siblingsIgnored) {
      ObjectNode only = NODES.objectNode();
      String rewritten = rewriteRef(f, ref.asText());
      if (rewritten != null) {
        only.put("$ref", rewritten);
      }
      if (declaresNullable(o)) {
        return wrapNull(only, f, pointer);
      }
      if (o.size() == 1 && rewritten != null && rewritten.equals(ref.asText())) {
        return schema;
      }
      return only;
    }
    ObjectNode out = null;
    if (ref != null && ref.isTextual()) {
      String rewritten = rewriteRef(f, ref.asText());
      if (rewritten == null) {
        out = copyOf(o);
        out.remove("$ref");
      } else if (!rewritten.equals(ref.asText())) {
        out = copyOf(o);
        out.put("$ref", rewritten);
      }
    }
    out = dialectKeywords(o, out, f, pointer);
    out = subschemas(o, out, f, pointer, depth);
    JsonNode result = out == null ? schema : out;
    if (needsNullWrapper(o)) {
      ObjectNode inner = out == null ? copyOf(o) : out;
      inner.remove(dialect == SchemaDialect.SWAGGER_2 ? "x-nullable" : "nullable");
      return wrapNull(inner, f, pointer);
    }
    return result;
  }

  private ObjectNode dialectKeywords(ObjectNode o, ObjectNode out, SpecFile f, String pointer) {
    if (declaresNullable(o)) {
      JsonNode type = o.get("type");
      if (type != null && type.isTextual() && !type.asText().equals("null")) {
        out = orCopy(o, out);
        ArrayNode types = out.putArray("type");
        types.add(type.asText());
        types.add("null");
      } else if (type != null && type.isArray() && !contains(type, "null")) {
        out = orCopy(o, out);
        ArrayNode types = ((ArrayNode) type).deepCopy();
        types.add("null");
        out.set("type", types);
      }
      JsonNode en = o.get("enum");
      if (en != null && en.isArray() && !containsNull(en)) {
        out = orCopy(o, out);
        ArrayNode values = ((ArrayNode) en).deepCopy();
        values.addNull();
        out.set("enum", values);
      }
    }
    if (dialect.booleanExclusiveBounds()) {
      out = booleanBound(o, out, "exclusiveMinimum", "minimum");
      out = booleanBound(o, out, "exclusiveMaximum", "maximum");
    }
    if (dialect == SchemaDialect.SWAGGER_2 && "file".equals(o.path("type").asText())) {
      out = orCopy(o, out);
      out.remove("type");
    }
    JsonNode required = o.get("required");
    if (required != null && !required.isArray()) {
      // a Swagger 2.0 parameter's "required: true", not a list of members
      out = orCopy(o, out);
      out.remove("required");
    }
    JsonNode pattern = o.get("pattern");
    if (pattern != null && pattern.isTextual() && !compiles(pattern.asText())) {
      out = orCopy(o, out);
      out.remove("pattern");
      notes.add(f.locate(JsonPointers.append(pointer, "pattern")).describe() + ": pattern '" + pattern.asText()
          + "' is not a regular expression charter can evaluate; it is not checked");
    }
    if (dialect == SchemaDialect.ASYNCAPI) {
      out = draft7(o, out);
    }
    return out;
  }

  private ObjectNode booleanBound(ObjectNode o, ObjectNode out, String exclusive, String inclusive) {
    JsonNode ex = o.get(exclusive);
    if (ex == null || !ex.isBoolean()) {
      return out;
    }
    out = orCopy(o, out);
    out.remove(exclusive);
    JsonNode limit = o.get(inclusive);
    if (ex.asBoolean() && limit != null && limit.isNumber()) {
      out.remove(inclusive);
      out.set(exclusive, limit);
    }
    return out;
  }

  /** Draft-7 tuples and dependencies in their 2020-12 forms. */
  private ObjectNode draft7(ObjectNode o, ObjectNode out) {
    JsonNode items = o.get("items");
    if (items != null && items.isArray()) {
      out = orCopy(o, out);
      out.set("prefixItems", items);
      out.remove("items");
      JsonNode additional = o.get("additionalItems");
      if (additional != null) {
        out.set("items", additional);
        out.remove("additionalItems");
      }
    }
    JsonNode deps = o.get("dependencies");
    if (deps != null && deps.isObject()) {
      out = orCopy(o, out);
      out.remove("dependencies");
      ObjectNode req = NODES.objectNode();
      ObjectNode schemas = NODES.objectNode();
      deps.properties().forEach(e -> {
        if (e.getValue().isArray()) {
          req.set(e.getKey(), e.getValue());
        } else {
          schemas.set(e.getKey(), e.getValue());
        }
      });
      if (!req.isEmpty()) {
        out.set("dependentRequired", req);
      }
      if (!schemas.isEmpty()) {
        out.set("dependentSchemas", schemas);
      }
    }
    return out;
  }

  private ObjectNode subschemas(ObjectNode o, ObjectNode out, SpecFile f, String pointer, int depth) {
    // read from the rewritten form (draft-7 keywords already renamed), write into out
    ObjectNode source = out == null ? o : out;
    List<String> keys = new ArrayList<>();
    source.fieldNames().forEachRemaining(keys::add);
    for (String k : keys) {
      JsonNode v = source.get(k);
      // renamed keywords (prefixItems from a draft-7 items array) are still written under their old name
      String at = JsonPointers.append(pointer, writtenKeyOf(o, k));
      if (k.equals("items")) {
        if (v.isObject() || v.isBoolean()) {
          JsonNode r = rewriteSchema(v, f, at, depth + 1);
          if (r != v) {
            out = orCopy(o, out);
            out.set(k, r);
          }
        }
      } else if (SINGLE.contains(k)) {
        JsonNode r = rewriteSchema(v, f, at, depth + 1);
        if (r != v) {
          out = orCopy(o, out);
          out.set(k, r);
        }
      } else if (LISTS.contains(k) && v.isArray()) {
        ArrayNode list = null;
        for (int i = 0; i < v.size(); i++) {
          JsonNode item = v.get(i);
          JsonNode r = rewriteSchema(item, f, JsonPointers.append(at, i), depth + 1);
          if (r != item) {
            if (list == null) {
              list = NODES.arrayNode(v.size());
              list.addAll((ArrayNode) v);
            }
            list.set(i, r);
          }
        }
        if (list != null) {
          out = orCopy(o, out);
          out.set(k, list);
        }
      } else if (MAPS.contains(k) && v.isObject()) {
        out = members(o, out, k, (ObjectNode) v, f, at, depth);
      }
    }
    return out;
  }

  private static String writtenKeyOf(ObjectNode o, String k) {
    if (k.equals("prefixItems") && o.path("items").isArray()) {
      return "items";
    }
    if (k.equals("items") && o.path("items").isArray() && o.has("additionalItems")) {
      return "additionalItems";
    }
    if ((k.equals("dependentRequired") || k.equals("dependentSchemas")) && o.has("dependencies")) {
      return "dependencies";
    }
    return k;
  }

  private ObjectNode members(ObjectNode o, ObjectNode out, String keyword, ObjectNode map, SpecFile f, String at,
      int depth) {
    ObjectNode copy = null;
    List<String> unsendable = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = map.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getKey();
      JsonNode v = e.getValue();
      String memberAt = JsonPointers.append(at, name);
      JsonNode r;
      if (keyword.equals("patternProperties") && !compiles(name)) {
        notes.add(f.locate(memberAt).describe() + ": pattern '" + name
            + "' is not a regular expression charter can evaluate; it is not checked");
        if (copy == null) {
          copy = copyOf(map);
        }
        copy.remove(name);
        continue;
      }
      String reason = keyword.equals("properties") ? unsendableReason(v, f) : null;
      if (reason != null) {
        visited.get(f).add(memberAt);
        hidden.put(prefixes.get(f) + memberAt, reason);
        unsendable.add(name);
        r = BooleanNode.FALSE;
      } else {
        r = rewriteSchema(v, f, memberAt, depth + 1);
      }
      if (r != v) {
        if (copy == null) {
          copy = copyOf(map);
        }
        copy.set(name, r);
      }
    }
    if (copy != null) {
      out = orCopy(o, out);
      out.set(keyword, copy);
    }
    if (!unsendable.isEmpty()) {
      JsonNode required = (out == null ? o : out).get("required");
      if (required != null && required.isArray()) {
        ArrayNode kept = NODES.arrayNode();
        required.forEach(r -> {
          if (!unsendable.contains(r.asText())) {
            kept.add(r);
          }
        });
        if (kept.size() != required.size()) {
          out = orCopy(o, out);
          out.set("required", kept);
        }
      }
    }
    return out;
  }

  /** "read-only"/"write-only" when a property may not be sent in this direction, else null. */
  private String unsendableReason(JsonNode property, SpecFile f) {
    String flag = switch (direction) {
      case REQUEST -> "readOnly";
      case RESPONSE -> "writeOnly";
      default -> null;
    };
    if (flag == null || !property.isObject()) {
      return null;
    }
    JsonNode node = property;
    SpecFile file = f;
    for (int i = 0; i < MAX_REF_CHAIN && node != null && node.isObject(); i++) {
      if (node.path(flag).asBoolean(false)) {
        return flag.equals("readOnly") ? "read-only" : "write-only";
      }
      // allOf: [{$ref: X}] with the flag on X is the usual way to annotate a reference in 3.0
      JsonNode allOf = node.get("allOf");
      if (allOf != null && allOf.isArray() && allOf.size() == 1 && allOf.get(0).isObject()) {
        node = allOf.get(0);
        continue;
      }
      JsonNode ref = node.get("$ref");
      if (ref == null || !ref.isTextual()) {
        return null;
      }
      Optional<SpecNode> target = document.target(file, ref.asText());
      if (target.isEmpty()) {
        return null;
      }
      node = target.get().value();
      file = target.get().file();
    }
    return null;
  }

  /** The reference pointed into the combined document; null when it cannot be followed. */
  private String rewriteRef(SpecFile from, String ref) {
    Optional<SpecNode> target = document.target(from, ref);
    if (target.isEmpty()) {
      return null;
    }
    SpecNode t = target.get();
    String prefix = prefixes.get(t.file());
    if (prefix == null) {
      return null;
    }
    pending.add(t);
    if (!multiFile && ref.startsWith("#")) {
      return ref;
    }
    return "#" + encodeFragment(prefix + t.pointer());
  }

  private boolean needsNullWrapper(ObjectNode o) {
    if (!declaresNullable(o) || o.has("type")) {
      return false;
    }
    for (String k : COMBINATORS) {
      if (o.has(k)) {
        return true;
      }
    }
    return false;
  }

  private JsonNode wrapNull(ObjectNode schema, SpecFile f, String pointer) {
    nullWrappers.add(prefixes.get(f) + pointer);
    ObjectNode wrapper = NODES.objectNode();
    ArrayNode anyOf = wrapper.putArray("anyOf");
    anyOf.addObject().put("type", "null");
    anyOf.add(schema);
    return wrapper;
  }

  private boolean declaresNullable(ObjectNode o) {
    JsonNode n = switch (dialect) {
      case SWAGGER_2 -> o.get("x-nullable");
      case OPENAPI_3_0 -> o.get("nullable");
      default -> null;
    };
    return n != null && n.asBoolean(false);
  }

  private boolean compiles(String pattern) {
    try {
      regex.compile(pattern);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean contains(JsonNode array, String text) {
    for (JsonNode n : array) {
      if (n.isTextual() && n.asText().equals(text)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsNull(JsonNode array) {
    for (JsonNode n : array) {
      if (n.isNull()) {
        return true;
      }
    }
    return false;
  }

  private static ObjectNode orCopy(ObjectNode original, ObjectNode out) {
    return out != null ? out : copyOf(original);
  }

  /** A shallow copy: new member table, shared member values. */
  private static ObjectNode copyOf(ObjectNode o) {
    ObjectNode copy = NODES.objectNode();
    copy.setAll(o);
    return copy;
  }

  /** Percent-encodes what may not appear raw in a URI fragment. */
  static String encodeFragment(String pointer) {
    StringBuilder sb = new StringBuilder(pointer.length());
    for (int i = 0; i < pointer.length(); i++) {
      char c = pointer.charAt(i);
      if (c == ' ' || c == '%' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
          || c == '|' || c == '#' || c == '{' || c == '}' || c < 0x20) {
        sb.append('%').append(String.format("%02X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
