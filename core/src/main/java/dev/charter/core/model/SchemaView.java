package dev.charter.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Location;
import dev.charter.core.spec.SpecNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A schema read with its dialect's meaning, so that every consumer sees the same answers: types
 * include {@code "null"} when the schema is nullable in any dialect's way, exclusive bounds are
 * normalised, {@code example}/{@code examples} are one list, and subschemas are views themselves
 * with their references followed. Nothing is copied: a view reads the loaded tree, so positions
 * stay exact. Views are cheap, immutable and safe to share; recursion is the caller's concern
 * ({@link #id()} identifies a schema for cycle checks).
 */
public final class SchemaView {
  private static final Set<String> ALL_TYPES = Set.of("string", "number", "integer", "boolean", "object", "array", "null");

  private final SpecNode node;
  private final SchemaDialect dialect;
  /** For 3.1/AsyncAPI, a {@code $ref} beside other keywords: the referenced schema, applied as with allOf. */
  private final SchemaView siblingRef;
  private final String id;

  private SchemaView(SpecNode node, SchemaDialect dialect, SchemaView siblingRef) {
    this(node, dialect, siblingRef, node.toString());
  }

  private SchemaView(SpecNode node, SchemaDialect dialect, SchemaView siblingRef, String id) {
    this.node = node;
    this.dialect = dialect;
    this.siblingRef = siblingRef;
    this.id = id;
  }

  /**
   * This schema with {@code other} applied together with it, as with allOf (and as {@link
   * #siblingRef()} is): an AsyncAPI message's headers merged with those of its traits, which add
   * properties rather than replace the message's. The result has its own {@link #id()}, since the
   * same schema may be merged with different traits in different messages.
   */
  public SchemaView with(SchemaView other) {
    SchemaView rest = siblingRef == null ? other : siblingRef.with(other);
    return new SchemaView(node, dialect, rest, id + " & " + other.id());
  }

  /**
   * The view of the schema at {@code node}, following references. In OpenAPI 2.0 and 3.0 the
   * members beside a {@code $ref} are ignored, as those specs say; in 3.1 and AsyncAPI they apply
   * together with the referenced schema.
   */
  public static SchemaView of(SpecNode node, SchemaDialect dialect) {
    if (node.isRef()) {
      boolean siblings = node.value().size() > 1 && dialect != SchemaDialect.SWAGGER_2 && dialect != SchemaDialect.OPENAPI_3_0
          && hasSchemaKeywords(node.value());
      SpecNode target = node.resolved();
      if (siblings) {
        SchemaView ref = target == node ? null : new SchemaView(target, dialect, null);
        return new SchemaView(node, dialect, ref);
      }
      return new SchemaView(target, dialect, null);
    }
    return new SchemaView(node, dialect, null);
  }

  private static boolean hasSchemaKeywords(JsonNode ref) {
    var names = ref.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!n.equals("$ref") && !n.equals("description") && !n.equals("summary") && !n.equals("title")
          && !n.startsWith("x-") && !n.equals("$comment")) {
        return true;
      }
    }
    return false;
  }

  public SpecNode node() {
    return node;
  }

  public JsonNode value() {
    return node.value();
  }

  public SchemaDialect dialect() {
    return dialect;
  }

  public Location location() {
    return node.location();
  }

  /** Identifies this schema (its file and pointer once references are followed), for cycle checks. */
  public String id() {
    return id;
  }

  /** A reference that could not be followed (a remote reference not allowed): its content is unknown. */
  public boolean isUnresolved() {
    return node.isRef() && siblingRef == null && node.resolved() == node;
  }

  /** The referenced schema of a 3.1/AsyncAPI {@code $ref} that has sibling keywords, applied like allOf. */
  public Optional<SchemaView> siblingRef() {
    return Optional.ofNullable(siblingRef);
  }

  /** {@code true} or {@code {}}: every value is valid. */
  public boolean acceptsAnything() {
    JsonNode v = value();
    return (v.isBoolean() && v.asBoolean()) || (v.isObject() && v.isEmpty());
  }

  /** {@code false}: no value is valid. */
  public boolean acceptsNothing() {
    return value().isBoolean() && !value().asBoolean();
  }

  private JsonNode get(String key) {
    JsonNode v = value();
    return v.isObject() ? v.get(key) : null;
  }

  private Optional<SchemaView> sub(String key) {
    Optional<SpecNode> child = node.get(key);
    return child.filter(c -> c.isObject() || c.value().isBoolean()).map(c -> of(c, dialect));
  }

  private List<SchemaView> subs(String key) {
    Optional<SpecNode> child = node.get(key);
    if (child.isEmpty() || !child.get().isArray()) {
      return List.of();
    }
    List<SchemaView> out = new ArrayList<>();
    for (SpecNode item : child.get().elements()) {
      if (item.isObject() || item.value().isBoolean()) {
        out.add(of(item, dialect));
      }
    }
    return out;
  }

  /**
   * The JSON types this schema admits, including {@code "null"} when nullable in any dialect's
   * way. Empty when {@code type} is absent (any type, unless other keywords say otherwise).
   * {@code integer} is kept distinct from {@code number}.
   */
  public Set<String> types() {
    Set<String> types = new LinkedHashSet<>();
    JsonNode t = get("type");
    if (t != null && t.isTextual()) {
      types.add(t.asText());
    } else if (t != null && t.isArray()) {
      t.forEach(x -> {
        if (x.isTextual()) {
          types.add(x.asText());
        }
      });
    }
    types.retainAll(ALL_TYPES);
    if (!types.isEmpty() && declaresNullable()) {
      types.add("null");
    }
    return Collections.unmodifiableSet(types);
  }

  /** The one declared type other than {@code "null"}, when there is exactly one. */
  public Optional<String> mainType() {
    Set<String> t = new LinkedHashSet<>(types());
    t.remove("null");
    return t.size() == 1 ? Optional.of(t.iterator().next()) : Optional.empty();
  }

  /** Whether {@code null} is a valid value by the dialect's nullable marker or a {@code "null"} type. */
  public boolean nullable() {
    if (declaresNullable()) {
      return true;
    }
    JsonNode t = get("type");
    if (t != null && t.isArray()) {
      for (JsonNode x : t) {
        if ("null".equals(x.asText())) {
          return true;
        }
      }
    }
    return t != null && "null".equals(t.asText());
  }

  private boolean declaresNullable() {
    JsonNode n = switch (dialect) {
      case SWAGGER_2 -> get("x-nullable");
      case OPENAPI_3_0 -> get("nullable");
      default -> null;
    };
    return n != null && n.asBoolean(false);
  }

  /** The declared properties in document order. */
  public Map<String, SchemaView> properties() {
    Optional<SpecNode> props = node.get("properties");
    if (props.isEmpty() || !props.get().isObject()) {
      return Map.of();
    }
    Map<String, SchemaView> out = new LinkedHashMap<>();
    for (Map.Entry<String, SpecNode> e : props.get().fields()) {
      if (e.getValue().isObject() || e.getValue().value().isBoolean()) {
        out.put(e.getKey(), of(e.getValue(), dialect));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  public Map<String, SchemaView> patternProperties() {
    Optional<SpecNode> props = node.get("patternProperties");
    if (props.isEmpty() || !props.get().isObject()) {
      return Map.of();
    }
    Map<String, SchemaView> out = new LinkedHashMap<>();
    for (Map.Entry<String, SpecNode> e : props.get().fields()) {
      out.put(e.getKey(), of(e.getValue(), dialect));
    }
    return Collections.unmodifiableMap(out);
  }

  public Set<String> required() {
    JsonNode r = get("required");
    if (r == null || !r.isArray()) {
      return Set.of();
    }
    Set<String> out = new LinkedHashSet<>();
    r.forEach(x -> out.add(x.asText()));
    return Collections.unmodifiableSet(out);
  }

  /**
   * Whether properties other than the declared ones are allowed: true unless {@code
   * additionalProperties: false} (or {@code unevaluatedProperties: false} in 3.1).
   */
  public boolean additionalPropertiesAllowed() {
    JsonNode a = get("additionalProperties");
    if (a != null && a.isBoolean() && !a.asBoolean()) {
      return false;
    }
    JsonNode u = get("unevaluatedProperties");
    return !(u != null && u.isBoolean() && !u.asBoolean());
  }

  /** The schema of additional properties when {@code additionalProperties} is a schema. */
  public Optional<SchemaView> additionalProperties() {
    return sub("additionalProperties").filter(s -> !s.value().isBoolean());
  }

  /** The schema of array items (for a draft-7 tuple {@code items: [..]} see {@link #prefixItems()}). */
  public Optional<SchemaView> items() {
    JsonNode i = get("items");
    if (i != null && i.isArray()) {
      return sub("additionalItems").filter(s -> !s.value().isBoolean());
    }
    return sub("items");
  }

  /** Positional item schemas: 2020-12 {@code prefixItems}, or a draft-7 {@code items} array. */
  public List<SchemaView> prefixItems() {
    JsonNode i = get("items");
    if (i != null && i.isArray()) {
      return subs("items");
    }
    return subs("prefixItems");
  }

  public List<SchemaView> allOf() {
    return subs("allOf");
  }

  public List<SchemaView> oneOf() {
    return subs("oneOf");
  }

  public List<SchemaView> anyOf() {
    return subs("anyOf");
  }

  public Optional<SchemaView> not() {
    return sub("not");
  }

  /** The allowed values, if restricted by {@code enum} or {@code const}. */
  public Optional<List<JsonNode>> enumValues() {
    JsonNode c = get("const");
    if (c != null && dialect != SchemaDialect.SWAGGER_2 && dialect != SchemaDialect.OPENAPI_3_0) {
      return Optional.of(List.of(c));
    }
    JsonNode e = get("enum");
    if (e == null || !e.isArray()) {
      return Optional.empty();
    }
    List<JsonNode> values = new ArrayList<>();
    e.forEach(values::add);
    return Optional.of(Collections.unmodifiableList(values));
  }

  public Optional<String> format() {
    return text("format");
  }

  public Optional<String> pattern() {
    return text("pattern");
  }

  public Optional<String> title() {
    return text("title");
  }

  public Optional<String> description() {
    return text("description");
  }

  private Optional<String> text(String key) {
    JsonNode n = get(key);
    return n != null && n.isTextual() ? Optional.of(n.asText()) : Optional.empty();
  }

  /**
   * A numeric keyword's value; none for {@code .inf} or {@code 1e999} in YAML (a double that is not
   * finite has no decimal value: read as no bound).
   */
  private Optional<BigDecimal> number(String key) {
    JsonNode n = get(key);
    if (n == null || !n.isNumber() || (n.isDouble() || n.isFloat()) && !Double.isFinite(n.doubleValue())) {
      return Optional.empty();
    }
    return Optional.of(n.decimalValue());
  }

  private OptionalInt count(String key) {
    JsonNode n = get(key);
    return n != null && n.canConvertToInt() && n.isNumber() ? OptionalInt.of(n.asInt()) : OptionalInt.empty();
  }

  /** The lower bound, inclusive or exclusive per {@link #exclusiveMinimum()}, in any dialect. */
  public Optional<BigDecimal> minimum() {
    if (!dialect.booleanExclusiveBounds()) {
      Optional<BigDecimal> ex = number("exclusiveMinimum");
      Optional<BigDecimal> in = number("minimum");
      if (ex.isPresent() && (in.isEmpty() || ex.get().compareTo(in.get()) >= 0)) {
        return ex;
      }
      return in;
    }
    return number("minimum");
  }

  public boolean exclusiveMinimum() {
    JsonNode ex = get("exclusiveMinimum");
    if (ex == null) {
      return false;
    }
    if (dialect.booleanExclusiveBounds()) {
      return ex.asBoolean(false);
    }
    Optional<BigDecimal> in = number("minimum");
    Optional<BigDecimal> bound = number("exclusiveMinimum");
    return bound.isPresent() && (in.isEmpty() || bound.get().compareTo(in.get()) >= 0);
  }

  public Optional<BigDecimal> maximum() {
    if (!dialect.booleanExclusiveBounds()) {
      Optional<BigDecimal> ex = number("exclusiveMaximum");
      Optional<BigDecimal> in = number("maximum");
      if (ex.isPresent() && (in.isEmpty() || ex.get().compareTo(in.get()) <= 0)) {
        return ex;
      }
      return in;
    }
    return number("maximum");
  }

  public boolean exclusiveMaximum() {
    JsonNode ex = get("exclusiveMaximum");
    if (ex == null) {
      return false;
    }
    if (dialect.booleanExclusiveBounds()) {
      return ex.asBoolean(false);
    }
    Optional<BigDecimal> in = number("maximum");
    Optional<BigDecimal> bound = number("exclusiveMaximum");
    return bound.isPresent() && (in.isEmpty() || bound.get().compareTo(in.get()) <= 0);
  }

  public Optional<BigDecimal> multipleOf() {
    return number("multipleOf");
  }

  public OptionalInt minLength() {
    return count("minLength");
  }

  public OptionalInt maxLength() {
    return count("maxLength");
  }

  public OptionalInt minItems() {
    return count("minItems");
  }

  public OptionalInt maxItems() {
    return count("maxItems");
  }

  public boolean uniqueItems() {
    JsonNode u = get("uniqueItems");
    return u != null && u.asBoolean(false);
  }

  public OptionalInt minProperties() {
    return count("minProperties");
  }

  public OptionalInt maxProperties() {
    return count("maxProperties");
  }

  public boolean readOnly() {
    JsonNode r = get("readOnly");
    return r != null && r.asBoolean(false);
  }

  public boolean writeOnly() {
    JsonNode w = get("writeOnly");
    return w != null && w.asBoolean(false);
  }

  public boolean deprecated() {
    JsonNode d = get("deprecated");
    return d != null && d.asBoolean(false);
  }

  public Optional<JsonNode> defaultValue() {
    return Optional.ofNullable(get("default"));
  }

  /** {@code example} and the values of {@code examples} (an array in JSON Schema), in that order. */
  public List<JsonNode> examples() {
    List<JsonNode> out = new ArrayList<>();
    JsonNode one = get("example");
    if (one != null) {
      out.add(one);
    }
    JsonNode many = get("examples");
    if (many != null && many.isArray()) {
      many.forEach(out::add);
    }
    return out;
  }

  /** The discriminator, from an OpenAPI Discriminator Object or a Swagger/AsyncAPI property name. */
  public Optional<Discriminator> discriminator() {
    Optional<SpecNode> d = node.get("discriminator");
    if (d.isEmpty()) {
      return Optional.empty();
    }
    SpecNode disc = d.get();
    if (disc.isText()) {
      return Optional.of(new Discriminator(disc.value().asText(), Map.of(), disc));
    }
    Optional<String> property = disc.text("propertyName");
    if (property.isEmpty()) {
      return Optional.empty();
    }
    Map<String, SchemaView> mapping = new LinkedHashMap<>();
    disc.get("mapping").ifPresent(m -> {
      for (Map.Entry<String, SpecNode> e : m.fields()) {
        if (!e.getValue().isText()) {
          continue;
        }
        String target = e.getValue().value().asText();
        String ref = target.contains("#") || target.contains("/") ? target : "#/components/schemas/" + target;
        node.document().target(e.getValue().file(), ref).ifPresent(t -> mapping.put(e.getKey(), of(t, dialect)));
      }
    });
    return Optional.of(new Discriminator(property.get(), Collections.unmodifiableMap(mapping), disc));
  }

  /** An OpenAPI discriminator: which property selects the variant, and the explicit mapping. */
  public record Discriminator(String propertyName, Map<String, SchemaView> mapping, SpecNode node) {}

  @Override
  public boolean equals(Object o) {
    return o instanceof SchemaView s && s.id().equals(id()) && s.dialect == dialect;
  }

  @Override
  public int hashCode() {
    return id().hashCode();
  }

  @Override
  public String toString() {
    return "Schema(" + id() + ")";
  }
}
