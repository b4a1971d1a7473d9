package dev.charter.compat.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.model.SchemaDialect;
import dev.charter.core.model.SchemaView;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecNode;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds {@link Shape}s from schema views of one document and remembers them, so each schema is
 * normalised once however often it is reached. Not thread-safe: one per document per comparison.
 */
public final class Shapes {
  /**
   * Unions are distributed over allOf only up to this many combinations; beyond, the first union
   * stands alone (however many variants it has) and the unions left out are compared as text.
   */
  private static final int MAX_COMBINATIONS = 64;
  /** The key in {@link Shape#opaque} of the unions left out of a union's combinations. */
  static final String UNEXPANDED = "oneOf";
  private static final int MAX_SOURCES = 256;
  /**
   * Schemas nested deeper than this (through unions, whose variants are built at once) are not
   * built: their shape is their text, references followed, so a change below is undecidable
   * instead of a stack overflow (a chain of thousands of oneOfs through $refs).
   */
  private static final int MAX_NESTING = 128;
  /** The key in {@link Shape#opaque} of the text of a schema nested too deep to compare. */
  static final String TOO_DEEP = "$deep";
  /** Nodes read for the text of a schema too deep to compare; beyond, it is unknown. */
  private static final int MAX_DEEP_NODES = 200_000;
  private static final Set<String> OPAQUE = Set.of("if", "then", "else", "contains", "minContains", "maxContains",
      "propertyNames", "dependentRequired", "dependentSchemas", "dependencies", "unevaluatedItems", "$dynamicRef",
      "contentMediaType", "contentEncoding", "contentSchema", "additionalItems");
  private static final Set<String> OBJECT_WORDS = Set.of("properties", "required", "additionalProperties",
      "patternProperties", "minProperties", "maxProperties", "discriminator", "unevaluatedProperties");
  private static final Set<String> ARRAY_WORDS = Set.of("items", "prefixItems", "minItems", "maxItems", "uniqueItems");
  private static final Set<String> STRING_WORDS = Set.of("minLength", "maxLength", "pattern");
  private static final Set<String> NUMBER_WORDS = Set.of("minimum", "maximum", "exclusiveMinimum",
      "exclusiveMaximum", "multipleOf");

  private final Map<String, Shape> cache = new HashMap<>();
  private final Set<String> building = new HashSet<>();

  /** One schema view in a conjunction; {@code flat} when its allOf and unions were already taken apart. */
  private record Member(SchemaView view, boolean flat) {
    String key() {
      return (flat ? "~" : "") + view.id();
    }
  }

  public Shape of(SchemaView view) {
    return ofMembers(List.of(new Member(view, false)));
  }

  /** The shape of several views that all apply (the members of an allOf, a property declared twice). */
  public Shape of(List<SchemaView> views) {
    if (views.isEmpty()) {
      throw new IllegalArgumentException("a shape needs at least one schema; use any() for none");
    }
    List<Member> members = new ArrayList<>();
    for (SchemaView v : views) {
      members.add(new Member(v, false));
    }
    return ofMembers(members);
  }

  /**
   * The shape of {@code view} as used at {@code written}, the node where the schema is written. In
   * OpenAPI 3.1 and AsyncAPI a {@code $ref} may have a {@code description}, {@code title} or {@code
   * summary} beside it: it documents this use of the referenced schema, and overrides the
   * referenced schema's own (a {@code $ref} with other keywords beside it is already read with them).
   */
  public Shape of(SchemaView view, SpecNode written) {
    return documented(of(view), view, written);
  }

  /** {@code shape} with the documentation written beside the {@code $ref} at {@code written}, if any. */
  Shape documented(Shape shape, SchemaView view, SpecNode written) {
    if (written == null || !written.isRef() || !written.isObject() || view.node().toString().equals(written.toString())
        || view.dialect() == SchemaDialect.SWAGGER_2 || view.dialect() == SchemaDialect.OPENAPI_3_0
        || view.dialect() == SchemaDialect.UNSUPPORTED) {
      return shape;
    }
    JsonNode v = written.value();
    String description = v.path("description").isTextual() ? v.get("description").asText() : null;
    String title = v.path("title").isTextual() ? v.get("title").asText() : null;
    String summary = v.path("summary").isTextual() ? v.get("summary").asText() : null;
    if (description == null && title == null && summary == null) {
      return shape;
    }
    String nid = shape.id + "|docs@" + written;
    Shape cached = cache.get(nid);
    if (cached != null) {
      return cached;
    }
    ShapeBuilder b = copy(shape, nid);
    if (description != null) {
      b.description = description;
      b.sources.put("description", written.get("description").orElse(written));
    }
    if (title != null) {
      b.title = title;
      b.sources.put("title", written.get("title").orElse(written));
    }
    if (summary != null) {
      b.summary = summary;
      b.sources.put("summary", written.get("summary").orElse(written));
    }
    Shape s = b.build();
    cache.put(nid, s);
    return s;
  }

  /**
   * {@code shape} without documentation of its own: for a Swagger 2.0 parameter or header, whose
   * one object is both the parameter and its schema, the description and example are the
   * parameter's (compared there), not the schema's; OpenAPI 3 writes them outside the schema.
   */
  public Shape undocumented(Shape shape) {
    if (shape.description.isEmpty() && shape.title.isEmpty() && shape.examples.isEmpty()) {
      return shape;
    }
    String nid = shape.id + "|undocumented";
    Shape cached = cache.get(nid);
    if (cached != null) {
      return cached;
    }
    ShapeBuilder b = copy(shape, nid);
    b.description = null;
    b.title = null;
    b.examples = new ArrayList<>();
    b.sources.remove("description");
    b.sources.remove("title");
    Shape s = b.build();
    cache.put(nid, s);
    return s;
  }

  /** A shape that admits any value, for a subschema that is not written (absent items, an undeclared property). */
  public Shape any(SpecNode where) {
    return cache.computeIfAbsent("any@" + where, k -> anything(k, where));
  }

  /** An object with no constraint on its members: what message headers are when no schema says more. */
  public Shape anyObject(SpecNode where) {
    return cache.computeIfAbsent("object@" + where, k -> {
      ShapeBuilder b = new ShapeBuilder(k, where);
      b.types = new HashSet<>(Set.of("object"));
      return b.build();
    });
  }

  private Shape ofMembers(List<Member> members) {
    String id = idOf(members);
    Shape cached = cache.get(id);
    if (cached != null) {
      return cached;
    }
    if (!building.add(id)) {
      // A schema that contains itself through allOf or a union: stop here, admitting anything.
      return anything(id + "#cycle", members.get(0).view().node());
    }
    if (building.size() > MAX_NESTING) {
      building.remove(id);
      return tooDeep(id + "#deep", members.get(0).view().node());
    }
    try {
      Shape shape = build(id, members);
      cache.put(id, shape);
      return shape;
    } finally {
      building.remove(id);
    }
  }

  /** A schema not compared because it nests too deep: any value, known by its text. */
  private static Shape tooDeep(String id, SpecNode where) {
    ShapeBuilder b = new ShapeBuilder(id, where);
    b.nullable = true;
    // Unknown text differs from everything, itself included: undecidable rather than equal.
    b.opaque.put(TOO_DEEP, deepText(where).orElse("unknown " + id + " " + System.identityHashCode(b)));
    return b.build();
  }

  /**
   * The canonical text of a schema with every $ref it reaches followed (each target written once,
   * then by its number), read without recursion; empty past {@link #MAX_DEEP_NODES} nodes. For
   * telling whether two schemas too deep to compare are the same.
   */
  static Optional<String> deepText(SpecNode root) {
    StringBuilder sb = new StringBuilder();
    Map<String, Integer> visited = new HashMap<>();
    ArrayDeque<Object> todo = new ArrayDeque<>();
    todo.push(root);
    int nodes = 0;
    while (!todo.isEmpty()) {
      Object next = todo.pop();
      if (next instanceof String token) {
        sb.append(token);
        continue;
      }
      if (++nodes > MAX_DEEP_NODES) {
        return Optional.empty();
      }
      SpecNode n = (SpecNode) next;
      if (n.isRef()) {
        SpecNode r = n.resolved();
        if (r.isRef()) {
          sb.append("$ref ").append(r.ref().orElse(""));
          continue;
        }
        Integer seen = visited.putIfAbsent(r.toString(), visited.size());
        if (seen != null) {
          sb.append('@').append(seen);
          continue;
        }
        n = r;
      }
      if (n.value().isObject()) {
        List<Map.Entry<String, SpecNode>> fields = new ArrayList<>(n.fields());
        fields.sort(Map.Entry.comparingByKey());
        sb.append('{');
        todo.push("}");
        for (int k = fields.size() - 1; k >= 0; k--) {
          todo.push(fields.get(k).getValue());
          todo.push((k > 0 ? "," : "") + com.fasterxml.jackson.databind.node.TextNode.valueOf(fields.get(k).getKey()) + ":");
        }
      } else if (n.value().isArray()) {
        List<SpecNode> elements = n.elements();
        sb.append('[');
        todo.push("]");
        for (int k = elements.size() - 1; k >= 0; k--) {
          todo.push(elements.get(k));
          if (k > 0) {
            todo.push(",");
          }
        }
      } else {
        sb.append(canonical(n.value()));
      }
    }
    return Optional.of(sb.toString());
  }

  private static Shape anything(String id, SpecNode where) {
    ShapeBuilder b = new ShapeBuilder(id, where);
    b.nullable = true;
    return b.build();
  }

  private static String idOf(List<Member> members) {
    if (members.size() == 1) {
      return members.get(0).key();
    }
    List<String> keys = new ArrayList<>();
    for (Member m : members) {
      keys.add(m.key());
    }
    java.util.Collections.sort(keys);
    return "(" + String.join("&", keys) + ")";
  }

  private Shape build(String id, List<Member> members) {
    // Take allOf apart: every schema whose keywords apply, in order, each once.
    List<SchemaView> sources = new ArrayList<>();
    List<SchemaView> unionOwners = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    ArrayDeque<Member> queue = new ArrayDeque<>(members);
    while (!queue.isEmpty() && sources.size() < MAX_SOURCES) {
      Member m = queue.poll();
      if (!seen.add(m.view().id())) {
        continue;
      }
      sources.add(m.view());
      if (m.flat()) {
        continue;
      }
      unionOwners.add(m.view());
      for (SchemaView part : m.view().allOf()) {
        queue.add(new Member(part, false));
      }
      m.view().siblingRef().ifPresent(r -> queue.add(new Member(r, false)));
    }
    SpecNode anchor = members.get(0).view().node();

    List<List<SchemaView>> groups = new ArrayList<>();
    List<SpecNode> groupNodes = new ArrayList<>();
    Map<String, SpecNode> written = new HashMap<>();
    SpecNode unionNode = null;
    for (SchemaView owner : unionOwners) {
      for (String word : List.of("oneOf", "anyOf")) {
        List<SchemaView> group = word.equals("oneOf") ? owner.oneOf() : owner.anyOf();
        if (!group.isEmpty()) {
          groups.add(group);
          groupNodes.add(owner.node().get(word).orElse(owner.node()));
          if (unionNode == null) {
            unionNode = owner.node().get(word).orElse(owner.node());
          }
          // Where each variant is written: a $ref there may carry its documentation.
          List<SpecNode> raw = owner.node().get(word).map(SpecNode::elements).orElse(List.of()).stream()
              .filter(e -> e.isObject() || e.value().isBoolean()).toList();
          if (raw.size() == group.size()) {
            for (int k = 0; k < raw.size(); k++) {
              written.putIfAbsent(group.get(k).id(), raw.get(k));
            }
          }
        }
      }
    }
    if (!groups.isEmpty()) {
      return union(id, anchor, sources, groups, groupNodes, unionNode, written);
    }
    return merge(id, anchor, sources);
  }

  /** A union: every combination of one variant per oneOf/anyOf, each with the common keywords. */
  private Shape union(String id, SpecNode anchor, List<SchemaView> sources, List<List<SchemaView>> groups,
      List<SpecNode> groupNodes, SpecNode unionNode, Map<String, SpecNode> written) {
    List<List<SchemaView>> combinations = new ArrayList<>();
    combinations.add(List.of());
    List<String> unexpanded = new ArrayList<>();
    SpecNode unexpandedNode = null;
    for (int g = 0; g < groups.size(); g++) {
      List<SchemaView> group = groups.get(g);
      if (combinations.size() > 1 && combinations.size() * group.size() > MAX_COMBINATIONS) {
        // Too many combinations to compare variant by variant: never dropped silently, a change
        // to what is left out is undecidable (UndecidableCheck).
        // Their text with references followed: a change in a component a variant reaches counts too.
        unexpanded.add(group.stream().map(v -> deepText(v.node()).orElse("unknown " + v.id() + " " + System.identityHashCode(v)))
            .toList().toString());
        unexpandedNode = unexpandedNode == null ? groupNodes.get(g) : unexpandedNode;
        continue;
      }
      List<List<SchemaView>> next = new ArrayList<>();
      for (List<SchemaView> partial : combinations) {
        for (SchemaView v : group) {
          List<SchemaView> c = new ArrayList<>(partial);
          c.add(v);
          next.add(c);
        }
      }
      combinations = next;
    }
    List<Shape> variants = new ArrayList<>();
    boolean nullVariant = false;
    for (List<SchemaView> combination : combinations) {
      // The variant first: it is what the variant is known by (its name, its position).
      List<Member> members = new ArrayList<>();
      for (SchemaView v : combination) {
        members.add(new Member(v, false));
      }
      for (SchemaView s : sources) {
        members.add(new Member(s, true));
      }
      Shape variant = ofMembers(members);
      if (combination.size() == 1 && !variant.isUnion()) {
        variant = documented(variant, combination.get(0), written.get(combination.get(0).id()));
      }
      for (Shape flat : variant.isUnion() ? variant.variants : List.of(variant)) {
        if (flat.onlyNull()) {
          nullVariant = true;
        } else if (flat.admitsNothing()) {
          continue;
        } else if (flat.nullable && flat.types != null) {
          // Null belongs to the union, not to a variant: {anyOf: [...], nullable: true} and
          // anyOf: [{type: [string, null]}, ...] and a {type: null} variant all say the same.
          nullVariant = true;
          variants.add(withoutNull(flat));
        } else {
          variants.add(flat);
        }
      }
      if (variant.isUnion() && variant.nullable) {
        nullVariant = true;
      }
    }
    if (variants.size() == 1 && unexpanded.isEmpty()) {
      Shape only = variants.get(0);
      return nullVariant && !only.nullable ? withNull(only, id) : only;
    }
    ShapeBuilder b = new ShapeBuilder(id, anchor);
    b.unionNode = unionNode;
    b.nullable = nullVariant;
    if (!unexpanded.isEmpty()) {
      b.opaque.put(UNEXPANDED, String.join("&", unexpanded));
      b.source(UNEXPANDED, unexpandedNode);
    }
    if (variants.isEmpty()) {
      b.types = new HashSet<>();
      return b.build();
    }
    b.variants = variants;
    // What is said of the union as a whole: its documentation and discriminator.
    for (SchemaView s : sources) {
      docs(b, s);
      s.discriminator().ifPresent(d -> {
        if (b.discriminator == null) {
          b.discriminator = new Shape.Discriminator(d.propertyName(), d.mapping(), d.node());
        }
      });
      if (s.deprecated()) {
        b.deprecated = true;
      }
    }
    return b.build();
  }

  private Shape withNull(Shape shape, String id) {
    String nid = shape.id + "|null";
    Shape cached = cache.get(nid);
    if (cached != null) {
      return cached;
    }
    ShapeBuilder b = copy(shape, nid);
    b.nullable = true;
    Shape s = b.build();
    cache.put(nid, s);
    return s;
  }

  private Shape withoutNull(Shape shape) {
    String nid = shape.id + "|nonnull";
    Shape cached = cache.get(nid);
    if (cached != null) {
      return cached;
    }
    ShapeBuilder b = copy(shape, nid);
    b.nullable = false;
    Shape s = b.build();
    cache.put(nid, s);
    return s;
  }

  private static ShapeBuilder copy(Shape s, String id) {
    ShapeBuilder b = new ShapeBuilder(id, s.anchor);
    b.unsupported = s.unsupported;
    b.unresolvedRef = s.unresolvedRef.orElse(null);
    b.variants = new ArrayList<>(s.variants);
    b.unionNode = s.unionNode.orElse(null);
    b.types = s.types == null ? null : new HashSet<>(s.types);
    b.nullable = s.nullable;
    b.enumValues = s.enumValues == null ? null : new LinkedHashMap<>(s.enumValues);
    b.extensibleEnum = s.extensibleEnum == null ? null : new LinkedHashMap<>(s.extensibleEnum);
    b.minimum = s.minimum;
    b.maximum = s.maximum;
    b.multipleOf = new ArrayList<>(s.multipleOf);
    b.minLength = s.minLength;
    b.maxLength = s.maxLength;
    b.patterns = new ArrayList<>(s.patterns);
    b.format = s.format.orElse(null);
    b.properties = new LinkedHashMap<>(s.properties);
    b.propertyNodes = new LinkedHashMap<>(s.propertyNodes);
    b.required = new LinkedHashSet<>(s.required);
    b.closed = s.closed;
    b.additional = new ArrayList<>(s.additional);
    b.patternProperties = new LinkedHashMap<>(s.patternProperties);
    b.minProperties = s.minProperties;
    b.maxProperties = s.maxProperties;
    b.items = new ArrayList<>(s.items);
    b.prefixItems = new ArrayList<>(s.prefixItems);
    b.minItems = s.minItems;
    b.maxItems = s.maxItems;
    b.uniqueItems = s.uniqueItems;
    b.discriminator = s.discriminator.orElse(null);
    b.polymorphic = s.polymorphic == null ? null : new LinkedHashMap<>(s.polymorphic);
    b.readOnly = s.readOnly;
    b.writeOnly = s.writeOnly;
    b.deprecated = s.deprecated;
    b.defaultValue = s.defaultValue.orElse(null);
    b.not = new ArrayList<>(s.not);
    b.opaque = new LinkedHashMap<>(s.opaque);
    b.description = s.description.orElse(null);
    b.title = s.title.orElse(null);
    b.summary = s.summary.orElse(null);
    b.examples = new ArrayList<>(s.examples);
    b.sunset = s.sunset.orElse(null);
    b.sources = new HashMap<>(s.sources);
    return b;
  }

  /** Every constraint of every source applies: the tightest wins, enums intersect, properties merge. */
  private Shape merge(String id, SpecNode anchor, List<SchemaView> sources) {
    ShapeBuilder b = new ShapeBuilder(id, anchor);
    Set<String> declared = null;
    boolean nullableWrapper = false;
    for (SchemaView s : sources) {
      if (s.dialect() == SchemaDialect.UNSUPPORTED) {
        b.unsupported = true;
      }
      if (s.isUnresolved()) {
        b.unresolvedRef = s.node().ref().orElse("?");
      }
      if (s.acceptsNothing()) {
        declared = new HashSet<>();
        b.source("type", s.node());
        continue;
      }
      Set<String> t = declaredTypes(s);
      if (!t.isEmpty()) {
        declared = declared == null ? t : intersect(declared, t);
        b.source("type", s.node().get("type").orElse(s.node()));
        if (t.contains("null")) {
          b.source("nullable", s.node().get("type").orElse(s.node()));
        }
      } else if (s.nullable()) {
        nullableWrapper = true;
        b.source("nullable", s.node().get("nullable").orElse(s.node()));
      }
      if (s.nullable() && !t.isEmpty()) {
        b.source("nullable", s.node().get("nullable").or(() -> s.node().get("x-nullable"))
            .or(() -> s.node().get("type")).orElse(s.node()));
      }
      enums(b, s);
      numbers(b, s);
      strings(b, s);
      objects(b, s);
      arrays(b, s);
      annotations(b, s);
    }
    if (declared != null) {
      b.nullable = declared.remove("null") || nullableWrapper;
      b.types = declared;
    } else {
      Set<String> inferred = infer(sources, b);
      b.types = inferred;
      b.nullable = inferred == null || nullableWrapper;
      if (inferred != null && inferred.remove("null")) {
        b.nullable = true;
      }
    }
    if (b.enumValues != null && b.enumValues.remove("null") != null) {
      b.nullable = true;
    }
    if (b.discriminator != null) {
      b.polymorphic = polymorphic(b.discriminator, anchor, sources.get(0).dialect());
    }
    if (b.unsupported) {
      // Avro, RAML, Protobuf: charter reads only whether the text changed.
      b.types = null;
      b.opaque.put("schema", canonical(anchor.value()));
    }
    return b.build();
  }

  /** A component schema: its name and its node, references followed. */
  private record Component(String name, SpecNode node) {}

  /** Per document: the component schemas that extend a schema with allOf, by the extended schema's node. */
  private final Map<SpecDocument, Map<String, List<Component>>> extensions = new HashMap<>();

  /**
   * The discriminator values of allOf polymorphism at {@code anchor}: the explicit mapping, and
   * every component schema that extends this one through {@code allOf} (directly or through other
   * subtypes) and that no mapping lists, by its name, as OpenAPI's implicit mapping says. A
   * discriminator inherited from a base counts only the values that select this schema or its
   * subtypes. Null for the discriminator of a union, which {@link VariantsCheck} judges.
   */
  private Map<String, SchemaView> polymorphic(Shape.Discriminator d, SpecNode anchor, SchemaDialect dialect) {
    String at = d.node().pointer();
    String ownerPointer = at.endsWith("/discriminator") ? at.substring(0, at.length() - "/discriminator".length()) : at;
    Optional<SpecNode> owner = d.node().document().node(d.node().file(), ownerPointer);
    if (owner.isEmpty() || owner.get().has("oneOf") || owner.get().has("anyOf")) {
      return null;
    }
    // An inline schema that only wraps the base (allOf: [$ref], nullable: true) stands for the base.
    SpecNode base = component(anchor) ? anchor : owner.get();
    boolean own = owner.get().toString().equals(base.toString());
    List<Component> subtypes = descendants(base);
    Set<String> family = new HashSet<>();
    family.add(base.toString());
    subtypes.forEach(c -> family.add(c.node().toString()));
    Map<String, SchemaView> values = new java.util.TreeMap<>();
    Set<String> mapped = new HashSet<>();
    for (Map.Entry<String, SchemaView> e : d.mapping().entrySet()) {
      mapped.add(e.getValue().id());
      if (own || family.contains(e.getValue().id())) {
        values.put(e.getKey(), e.getValue());
      }
    }
    for (Component c : subtypes) {
      if (!mapped.contains(c.node().toString())) {
        values.putIfAbsent(c.name(), SchemaView.of(c.node(), dialect));
      }
    }
    // A subtype's own values carry its name too (the base that declares the discriminator is
    // usually abstract, so its name is not taken as a value unless the mapping says so).
    if (!own && !mapped.contains(base.toString())) {
      String p = base.pointer();
      values.putIfAbsent(dev.charter.core.parse.JsonPointers.unescape(p.substring(p.lastIndexOf('/') + 1)),
          SchemaView.of(base, dialect));
    }
    return values;
  }

  private static boolean component(SpecNode node) {
    String p = node.pointer();
    for (String prefix : List.of("/components/schemas/", "/definitions/")) {
      if (p.startsWith(prefix) && p.indexOf('/', prefix.length()) < 0) {
        return true;
      }
    }
    return false;
  }

  /** The component schemas that extend {@code base} through allOf, directly or through each other. */
  private List<Component> descendants(SpecNode base) {
    Map<String, List<Component>> index = extensions.computeIfAbsent(base.document(), Shapes::extensionIndex);
    List<Component> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    seen.add(base.toString());
    ArrayDeque<String> queue = new ArrayDeque<>(List.of(base.toString()));
    while (!queue.isEmpty()) {
      for (Component c : index.getOrDefault(queue.poll(), List.of())) {
        if (seen.add(c.node().toString())) {
          out.add(c);
          queue.add(c.node().toString());
        }
      }
    }
    return out;
  }

  private static Map<String, List<Component>> extensionIndex(SpecDocument document) {
    Map<String, List<Component>> index = new HashMap<>();
    SpecNode root = document.rootNode();
    List<SpecNode> containers = new ArrayList<>();
    root.get("definitions").ifPresent(containers::add);
    root.get("components").flatMap(c -> c.get("schemas")).ifPresent(containers::add);
    for (SpecNode container : containers) {
      for (Map.Entry<String, SpecNode> e : container.fields()) {
        SpecNode schema = e.getValue().resolved();
        Component c = new Component(e.getKey(), schema);
        for (SpecNode part : schema.get("allOf").map(SpecNode::elements).orElse(List.of())) {
          if (part.isRef()) {
            SpecNode target = part.resolved();
            if (target != part) {
              index.computeIfAbsent(target.toString(), k -> new ArrayList<>()).add(c);
            }
          }
        }
      }
    }
    return index;
  }

  /** The declared types, with Swagger's {@code file} read as a binary string. Includes "null" when nullable. */
  private static Set<String> declaredTypes(SchemaView s) {
    Set<String> t = new LinkedHashSet<>(s.types());
    JsonNode raw = s.value().get("type");
    if (raw != null && raw.isTextual() && raw.asText().equals("file")) {
      t.add("string");
    }
    return t;
  }

  private static Set<String> intersect(Set<String> a, Set<String> b) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : a) {
      if (b.contains(t) || (t.equals("integer") && b.contains("number"))) {
        out.add(t);
      } else if (t.equals("number") && b.contains("integer")) {
        out.add("integer");
      }
    }
    return out;
  }

  /** The type a schema without {@code type} evidently has, from its keywords; null when nothing says. */
  private static Set<String> infer(List<SchemaView> sources, ShapeBuilder b) {
    Set<String> kinds = new LinkedHashSet<>();
    for (SchemaView s : sources) {
      JsonNode v = s.value();
      if (!v.isObject()) {
        continue;
      }
      v.fieldNames().forEachRemaining(k -> {
        if (OBJECT_WORDS.contains(k)) {
          kinds.add("object");
        } else if (ARRAY_WORDS.contains(k)) {
          kinds.add("array");
        } else if (STRING_WORDS.contains(k)) {
          kinds.add("string");
        } else if (NUMBER_WORDS.contains(k)) {
          kinds.add("number");
        }
      });
    }
    if (b.enumValues != null && kinds.isEmpty()) {
      for (JsonNode e : b.enumValues.values()) {
        kinds.add(jsonType(e));
      }
    }
    if (kinds.isEmpty() && b.format != null) {
      kinds.add(switch (b.format) {
        case "int32", "int64" -> "integer";
        case "float", "double" -> "number";
        default -> "string";
      });
    }
    return kinds.isEmpty() ? null : kinds;
  }

  static String jsonType(JsonNode n) {
    if (n.isNull()) {
      return "null";
    }
    if (n.isIntegralNumber() || (n.isNumber() && n.decimalValue().stripTrailingZeros().scale() <= 0)) {
      return "integer";
    }
    if (n.isNumber()) {
      return "number";
    }
    if (n.isBoolean()) {
      return "boolean";
    }
    if (n.isTextual()) {
      return "string";
    }
    return n.isArray() ? "array" : "object";
  }

  private static void enums(ShapeBuilder b, SchemaView s) {
    Optional<List<JsonNode>> values = s.enumValues();
    if (values.isPresent()) {
      Map<String, JsonNode> mine = new LinkedHashMap<>();
      for (JsonNode v : values.get()) {
        mine.put(canonical(v), v);
      }
      if (b.enumValues == null) {
        b.enumValues = mine;
      } else {
        b.enumValues.keySet().retainAll(mine.keySet());
      }
      b.source("enum", s.node().get("enum").or(() -> s.node().get("const")).orElse(s.node()));
    }
    JsonNode ext = s.value().get("x-extensible-enum");
    if (ext != null && ext.isArray()) {
      Map<String, JsonNode> mine = new LinkedHashMap<>();
      ext.forEach(v -> mine.put(canonical(v), v));
      if (b.extensibleEnum == null) {
        b.extensibleEnum = mine;
      }
      b.source("x-extensible-enum", s.node().get("x-extensible-enum").orElse(s.node()));
    }
  }

  private static void numbers(ShapeBuilder b, SchemaView s) {
    s.minimum().ifPresent(v -> {
      Shape.Bound bound = new Shape.Bound(v, s.exclusiveMinimum());
      if (b.minimum == null || tighterLower(bound, b.minimum)) {
        b.minimum = bound;
        b.sources.put("minimum", s.node().get(s.exclusiveMinimum() && s.value().path("exclusiveMinimum").isNumber()
            ? "exclusiveMinimum" : "minimum").orElse(s.node()));
      }
    });
    s.maximum().ifPresent(v -> {
      Shape.Bound bound = new Shape.Bound(v, s.exclusiveMaximum());
      if (b.maximum == null || tighterUpper(bound, b.maximum)) {
        b.maximum = bound;
        b.sources.put("maximum", s.node().get(s.exclusiveMaximum() && s.value().path("exclusiveMaximum").isNumber()
            ? "exclusiveMaximum" : "maximum").orElse(s.node()));
      }
    });
    s.multipleOf().ifPresent(m -> {
      if (m.signum() > 0 && b.multipleOf.stream().noneMatch(x -> x.compareTo(m) == 0)) {
        b.multipleOf.add(m);
        b.source("multipleOf", s.node().get("multipleOf").orElse(s.node()));
      }
    });
  }

  static boolean tighterLower(Shape.Bound a, Shape.Bound b) {
    int c = a.value().compareTo(b.value());
    return c > 0 || (c == 0 && a.exclusive() && !b.exclusive());
  }

  static boolean tighterUpper(Shape.Bound a, Shape.Bound b) {
    int c = a.value().compareTo(b.value());
    return c < 0 || (c == 0 && a.exclusive() && !b.exclusive());
  }

  private static void strings(ShapeBuilder b, SchemaView s) {
    s.minLength().ifPresent(v -> {
      if (b.minLength == null || v > b.minLength.value()) {
        b.minLength = new Shape.Count(v);
        b.sources.put("minLength", s.node().get("minLength").orElse(s.node()));
      }
    });
    s.maxLength().ifPresent(v -> {
      if (b.maxLength == null || v < b.maxLength.value()) {
        b.maxLength = new Shape.Count(v);
        b.sources.put("maxLength", s.node().get("maxLength").orElse(s.node()));
      }
    });
    s.pattern().ifPresent(p -> {
      if (!b.patterns.contains(p)) {
        b.patterns.add(p);
        b.source("pattern", s.node().get("pattern").orElse(s.node()));
      }
    });
    s.format().ifPresent(f -> {
      String raw = s.value().path("type").asText("");
      if (b.format == null) {
        b.format = raw.equals("file") ? "binary" : f;
        b.source("format", s.node().get("format").orElse(s.node()));
      }
    });
    if (b.format == null && "file".equals(s.value().path("type").asText(""))) {
      b.format = "binary";
    }
  }

  private static void objects(ShapeBuilder b, SchemaView s) {
    for (Map.Entry<String, SchemaView> e : s.properties().entrySet()) {
      b.properties.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
      b.propertyNodes.putIfAbsent(e.getKey(), s.node().get("properties").flatMap(p -> p.get(e.getKey())).orElse(s.node()));
    }
    if (!s.properties().isEmpty()) {
      b.source("properties", s.node().get("properties").orElse(s.node()));
    }
    for (Map.Entry<String, SchemaView> e : s.patternProperties().entrySet()) {
      b.patternProperties.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
    }
    if (!s.required().isEmpty()) {
      b.required.addAll(s.required());
      b.source("required", s.node().get("required").orElse(s.node()));
    }
    if (!s.additionalPropertiesAllowed()) {
      b.closed = true;
      b.source("additionalProperties", s.node().get("additionalProperties")
          .or(() -> s.node().get("unevaluatedProperties")).orElse(s.node()));
    }
    s.additionalProperties().ifPresent(a -> {
      if (!a.acceptsAnything()) {
        b.additional.add(a);
        b.source("additionalProperties", s.node().get("additionalProperties").orElse(s.node()));
      }
    });
    s.minProperties().ifPresent(v -> {
      if (b.minProperties == null || v > b.minProperties.value()) {
        b.minProperties = new Shape.Count(v);
        b.sources.put("minProperties", s.node().get("minProperties").orElse(s.node()));
      }
    });
    s.maxProperties().ifPresent(v -> {
      if (b.maxProperties == null || v < b.maxProperties.value()) {
        b.maxProperties = new Shape.Count(v);
        b.sources.put("maxProperties", s.node().get("maxProperties").orElse(s.node()));
      }
    });
    if (b.discriminator == null) {
      s.discriminator().ifPresent(d -> {
        b.discriminator = new Shape.Discriminator(d.propertyName(), d.mapping(), d.node());
        b.source("discriminator", d.node());
      });
    }
  }

  private static void arrays(ShapeBuilder b, SchemaView s) {
    s.items().ifPresent(i -> {
      b.items.add(i);
      b.source("items", s.node().get("items").orElse(s.node()));
    });
    List<SchemaView> prefix = s.prefixItems();
    for (int i = 0; i < prefix.size(); i++) {
      while (b.prefixItems.size() <= i) {
        b.prefixItems.add(new ArrayList<>());
      }
      b.prefixItems.get(i).add(prefix.get(i));
    }
    s.minItems().ifPresent(v -> {
      if (b.minItems == null || v > b.minItems.value()) {
        b.minItems = new Shape.Count(v);
        b.sources.put("minItems", s.node().get("minItems").orElse(s.node()));
      }
    });
    s.maxItems().ifPresent(v -> {
      if (b.maxItems == null || v < b.maxItems.value()) {
        b.maxItems = new Shape.Count(v);
        b.sources.put("maxItems", s.node().get("maxItems").orElse(s.node()));
      }
    });
    if (s.uniqueItems()) {
      b.uniqueItems = true;
      b.source("uniqueItems", s.node().get("uniqueItems").orElse(s.node()));
    }
  }

  private static void annotations(ShapeBuilder b, SchemaView s) {
    if (s.readOnly()) {
      b.readOnly = true;
      b.source("readOnly", s.node().get("readOnly").orElse(s.node()));
    }
    if (s.writeOnly()) {
      b.writeOnly = true;
      b.source("writeOnly", s.node().get("writeOnly").orElse(s.node()));
    }
    if (s.deprecated()) {
      b.deprecated = true;
      b.source("deprecated", s.node().get("deprecated").orElse(s.node()));
    }
    if (b.defaultValue == null) {
      s.defaultValue().ifPresent(d -> {
        b.defaultValue = d;
        b.source("default", s.node().get("default").orElse(s.node()));
      });
    }
    s.not().ifPresent(n -> {
      b.not.add(n);
      b.source("not", s.node().get("not").orElse(s.node()));
    });
    JsonNode v = s.value();
    if (v.isObject()) {
      v.fieldNames().forEachRemaining(k -> {
        if (OPAQUE.contains(k)) {
          b.opaque.merge(k, canonical(v.get(k)), (x, y) -> x + "&" + y);
          b.source(k, s.node().get(k).orElse(s.node()));
        }
      });
      JsonNode unevaluated = v.get("unevaluatedProperties");
      if (unevaluated != null && !unevaluated.isBoolean()) {
        // A schema for unevaluated properties: not reasoned about, only compared as text.
        b.opaque.merge("unevaluatedProperties", canonical(unevaluated), (x, y) -> x + "&" + y);
        b.source("unevaluatedProperties", s.node().get("unevaluatedProperties").orElse(s.node()));
      }
      JsonNode sunset = v.get("x-sunset");
      if (sunset != null && sunset.isTextual() && b.sunset == null) {
        b.sunset = sunset.asText();
      }
    }
    docs(b, s);
    b.examples.addAll(s.examples());
  }

  private static void docs(ShapeBuilder b, SchemaView s) {
    if (b.description == null) {
      s.description().ifPresent(d -> {
        b.description = d;
        b.source("description", s.node().get("description").orElse(s.node()));
      });
    }
    if (b.title == null) {
      s.title().ifPresent(t -> {
        b.title = t;
        b.source("title", s.node().get("title").orElse(s.node()));
      });
    }
  }

  /**
   * The text of a JSON value with numbers written one way ({@code 1}, {@code 1.0} and {@code 1e0}
   * are the same value) and object members sorted, so equal values have equal text.
   */
  public static String canonical(JsonNode n) {
    StringBuilder sb = new StringBuilder();
    canonical(n, sb, 0);
    return sb.toString();
  }

  private static void canonical(JsonNode n, StringBuilder sb, int depth) {
    if (depth > 64) {
      sb.append("…");
      return;
    }
    if (n == null || n.isMissingNode()) {
      sb.append("missing");
    } else if (n.isNumber()) {
      BigDecimal d = n.decimalValue().stripTrailingZeros();
      sb.append(d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString());
    } else if (n.isObject()) {
      List<String> keys = new ArrayList<>();
      n.fieldNames().forEachRemaining(keys::add);
      java.util.Collections.sort(keys);
      sb.append('{');
      for (int i = 0; i < keys.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        sb.append(com.fasterxml.jackson.databind.node.TextNode.valueOf(keys.get(i))).append(':');
        canonical(n.get(keys.get(i)), sb, depth + 1);
      }
      sb.append('}');
    } else if (n.isArray()) {
      sb.append('[');
      for (int i = 0; i < n.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        canonical(n.get(i), sb, depth + 1);
      }
      sb.append(']');
    } else {
      sb.append(n.toString());
    }
  }
}
