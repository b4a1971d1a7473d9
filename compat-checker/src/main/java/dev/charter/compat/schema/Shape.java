package dev.charter.compat.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.model.SchemaView;
import dev.charter.core.spec.SpecNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A schema as the set of values it admits, normalised so that spellings with the same meaning look
 * the same: references followed, {@code allOf} merged into one set of constraints, {@code
 * oneOf}/{@code anyOf} flattened into a list of variants (nested unions spliced, a {@code null}
 * variant turned into nullability, a single variant unwrapped), every dialect's way of saying
 * "nullable" read as one flag, the type inferred from the keywords when none is declared, enum
 * values compared by value. A shape keeps the nodes its constraints came from, so every change
 * found on it can name its position.
 *
 * <p>Subschemas (properties, items) are kept as the views they are made of; {@link Shapes} turns
 * them into shapes on demand, so recursive schemas are never expanded more than they are walked.
 */
public final class Shape {
  final String id;
  final SpecNode anchor;
  final boolean unsupported;
  final Optional<String> unresolvedRef;

  final List<Shape> variants;
  final Optional<SpecNode> unionNode;

  /** Admitted JSON types other than null; null means any type. "integer" is kept apart from "number". */
  final Set<String> types;
  final boolean nullable;
  /** Values by their canonical text; null when there is no enum. Never holds null (that is {@link #nullable}). */
  final Map<String, JsonNode> enumValues;
  final Map<String, JsonNode> extensibleEnum;

  final Bound minimum;
  final Bound maximum;
  final List<BigDecimal> multipleOf;
  final Count minLength;
  final Count maxLength;
  final List<String> patterns;
  final Optional<String> format;

  final Map<String, List<SchemaView>> properties;
  final Map<String, SpecNode> propertyNodes;
  final Set<String> required;
  final boolean closed;
  final List<SchemaView> additional;
  final Map<String, List<SchemaView>> patternProperties;
  final Count minProperties;
  final Count maxProperties;

  final List<SchemaView> items;
  final List<List<SchemaView>> prefixItems;
  final Count minItems;
  final Count maxItems;
  final boolean uniqueItems;

  final Optional<Discriminator> discriminator;
  final boolean readOnly;
  final boolean writeOnly;
  final boolean deprecated;
  final Optional<JsonNode> defaultValue;
  final List<SchemaView> not;
  /** Keywords charter does not reason about (if/then/else, contains, …) by name, as canonical text. */
  final Map<String, String> opaque;

  final Optional<String> description;
  final Optional<String> title;
  final List<JsonNode> examples;
  final Optional<String> sunset;
  /** Where each constraint was written, by keyword. */
  final Map<String, SpecNode> sources;

  Shape(ShapeBuilder b) {
    this.id = b.id;
    this.anchor = b.anchor;
    this.unsupported = b.unsupported;
    this.unresolvedRef = Optional.ofNullable(b.unresolvedRef);
    this.variants = List.copyOf(b.variants);
    this.unionNode = Optional.ofNullable(b.unionNode);
    this.types = b.types == null ? null : Set.copyOf(b.types);
    this.nullable = b.nullable;
    this.enumValues = b.enumValues == null ? null : java.util.Collections.unmodifiableMap(b.enumValues);
    this.extensibleEnum = b.extensibleEnum == null ? null : java.util.Collections.unmodifiableMap(b.extensibleEnum);
    this.minimum = b.minimum;
    this.maximum = b.maximum;
    this.multipleOf = List.copyOf(b.multipleOf);
    this.minLength = b.minLength;
    this.maxLength = b.maxLength;
    this.patterns = List.copyOf(b.patterns);
    this.format = Optional.ofNullable(b.format);
    this.properties = java.util.Collections.unmodifiableMap(b.properties);
    this.propertyNodes = java.util.Collections.unmodifiableMap(b.propertyNodes);
    this.required = java.util.Collections.unmodifiableSet(b.required);
    this.closed = b.closed;
    this.additional = List.copyOf(b.additional);
    this.patternProperties = java.util.Collections.unmodifiableMap(b.patternProperties);
    this.minProperties = b.minProperties;
    this.maxProperties = b.maxProperties;
    this.items = List.copyOf(b.items);
    this.prefixItems = List.copyOf(b.prefixItems);
    this.minItems = b.minItems;
    this.maxItems = b.maxItems;
    this.uniqueItems = b.uniqueItems;
    this.discriminator = Optional.ofNullable(b.discriminator);
    this.readOnly = b.readOnly;
    this.writeOnly = b.writeOnly;
    this.deprecated = b.deprecated;
    this.defaultValue = Optional.ofNullable(b.defaultValue);
    this.not = List.copyOf(b.not);
    this.opaque = java.util.Collections.unmodifiableMap(b.opaque);
    this.description = Optional.ofNullable(b.description);
    this.title = Optional.ofNullable(b.title);
    this.examples = List.copyOf(b.examples);
    this.sunset = Optional.ofNullable(b.sunset);
    this.sources = java.util.Collections.unmodifiableMap(b.sources);
  }

  /** Identifies the shape by the schema views it is made of, for memoising comparisons and breaking cycles. */
  public String id() {
    return id;
  }

  /** Where the schema is written. */
  public SpecNode anchor() {
    return anchor;
  }

  public boolean isUnion() {
    return !variants.isEmpty();
  }

  public List<Shape> variants() {
    return variants;
  }

  /** The node where {@code keyword} was written, else the schema itself. */
  public SpecNode at(String keyword) {
    SpecNode n = sources.get(keyword);
    return n == null ? anchor : n;
  }

  public boolean has(String keyword) {
    return sources.containsKey(keyword);
  }

  public Optional<Set<String>> types() {
    return Optional.ofNullable(types);
  }

  public boolean nullable() {
    return nullable;
  }

  public boolean readOnly() {
    return readOnly;
  }

  public boolean writeOnly() {
    return writeOnly;
  }

  public boolean deprecated() {
    return deprecated;
  }

  public Optional<String> sunset() {
    return sunset;
  }

  public Map<String, List<SchemaView>> properties() {
    return properties;
  }

  public Set<String> required() {
    return required;
  }

  public boolean closed() {
    return closed;
  }

  /** Admits no value at all ({@code false}, or contradictory constraints such as disjoint types). */
  public boolean admitsNothing() {
    return !isUnion() && types != null && types.isEmpty() && !nullable;
  }

  /** Admits only {@code null}. */
  public boolean onlyNull() {
    return !isUnion() && types != null && types.isEmpty() && nullable;
  }

  /** A short description of what the shape is, for messages: "string", "object", "oneOf of 3". */
  public String describe() {
    if (isUnion()) {
      return "one of " + variants.size() + " variants";
    }
    if (types == null) {
      return "any type";
    }
    if (types.isEmpty()) {
      return nullable ? "null" : "nothing";
    }
    return String.join(" or ", new java.util.TreeSet<>(types)) + (nullable ? " (nullable)" : "");
  }

  /** The name a schema has in components ({@code Pet}), if it is a named schema. */
  public Optional<String> componentName() {
    String p = anchor.pointer();
    for (String prefix : List.of("/components/schemas/", "/definitions/")) {
      if (p.startsWith(prefix) && p.indexOf('/', prefix.length()) < 0) {
        return Optional.of(dev.charter.core.parse.JsonPointers.unescape(p.substring(prefix.length())));
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "Shape(" + id + ")";
  }

  /** A lower or upper bound on numbers, and whether it is exclusive. */
  public record Bound(BigDecimal value, boolean exclusive) {
    public String describe(boolean upper) {
      return (exclusive ? (upper ? "< " : "> ") : (upper ? "<= " : ">= ")) + value.stripTrailingZeros().toPlainString();
    }
  }

  /** A count bound (lengths, item and property counts). */
  public record Count(int value) {}

  /** A discriminator: the property and the explicit mapping from values to schema views. */
  public record Discriminator(String propertyName, Map<String, SchemaView> mapping, SpecNode node) {}
}
