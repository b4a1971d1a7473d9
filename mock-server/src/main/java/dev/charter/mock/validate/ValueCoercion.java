package dev.charter.mock.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.charter.core.model.SchemaView;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the text of a parameter (or form field) into the JSON value its schema describes, so that
 * {@code ?limit=10} is checked as the integer 10 and {@code ?limit=ten} is reported as a string
 * where an integer is expected. Which conversions apply is worked out once per schema.
 */
final class ValueCoercion {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_DEPTH = 8;

  /** How one scalar is read: the JSON types its schema admits. */
  record Scalar(boolean integer, boolean number, boolean bool, boolean nullable) {
    static final Scalar TEXT = new Scalar(false, false, false, false);

    JsonNode coerce(String raw) {
      if (integer && isInteger(raw)) {
        return raw.length() < 18 ? NODES.numberNode(Long.parseLong(raw)) : NODES.numberNode(new BigInteger(raw));
      }
      if ((number || integer) && isNumber(raw)) {
        return NODES.numberNode(new BigDecimal(raw));
      }
      if (bool && (raw.equals("true") || raw.equals("false"))) {
        return NODES.booleanNode(raw.equals("true"));
      }
      if (nullable && raw.equals("null")) {
        return NODES.nullNode();
      }
      return NODES.textNode(raw);
    }
  }

  /**
   * The shape of a parameter's schema: scalar, array of scalars, or object of scalars.
   *
   * @param emptyIsText an array whose schema admits a string too ({@code anyOf: [array, {enum:
   *     ['']}]}, Stripe's way to clear a list): one empty value ({@code ?x=}) is that string, not
   *     {@code [""]}
   */
  record Shape(Kind kind, Scalar scalar, Scalar items, Map<String, Scalar> properties, Scalar otherProperties,
      List<String> propertyOrder, boolean emptyIsText) {
    Shape(Kind kind, Scalar scalar, Scalar items, Map<String, Scalar> properties, Scalar otherProperties,
        List<String> propertyOrder) {
      this(kind, scalar, items, properties, otherProperties, propertyOrder, false);
    }

    /** Whether {@code values} (a field's or query parameter's) are the empty string rather than a list. */
    boolean emptyText(List<String> values) {
      return emptyIsText && values.size() == 1 && values.get(0).isEmpty();
    }

    enum Kind {
      SCALAR,
      ARRAY,
      OBJECT
    }
  }

  private ValueCoercion() {}

  static Shape shape(SchemaView schema) {
    if (schema == null) {
      return new Shape(Shape.Kind.SCALAR, Scalar.TEXT, Scalar.TEXT, Map.of(), Scalar.TEXT, List.of());
    }
    Set<String> types = types(schema, 0);
    List<SchemaView> parts = new java.util.ArrayList<>();
    withParts(schema, parts, 0);
    Optional<SchemaView> itemSchema = parts.stream().flatMap(p -> p.items().stream()).findFirst();
    if (types.contains("array") || itemSchema.isPresent()) {
      Scalar items = itemSchema.map(i -> scalar(i)).orElse(Scalar.TEXT);
      return new Shape(Shape.Kind.ARRAY, Scalar.TEXT, items, Map.of(), Scalar.TEXT, List.of(), types.contains("string"));
    }
    if (types.contains("object") || parts.stream().anyMatch(p -> !p.properties().isEmpty())) {
      // members declared in the parts too: Stripe's created is anyOf [{gt, gte, lt, lte: integer}, integer]
      Map<String, Scalar> props = new java.util.LinkedHashMap<>();
      parts.forEach(p -> p.properties().forEach((k, v) -> props.putIfAbsent(k, scalar(v))));
      Scalar other = parts.stream().flatMap(p -> p.additionalProperties().stream()).findFirst()
          .map(ValueCoercion::scalar).orElse(Scalar.TEXT);
      return new Shape(Shape.Kind.OBJECT, Scalar.TEXT, Scalar.TEXT, Map.copyOf(props), other,
          List.copyOf(props.keySet()));
    }
    return new Shape(Shape.Kind.SCALAR, scalar(schema), Scalar.TEXT, Map.of(), Scalar.TEXT, List.of());
  }

  /** The schema and, looked through, its allOf/oneOf/anyOf parts and the target of a sibling $ref. */
  private static void withParts(SchemaView schema, List<SchemaView> out, int depth) {
    // each schema once, and not too many: parts may refer back to the schema, or fan out widely
    if (depth > MAX_DEPTH || out.size() >= 64 || out.stream().anyMatch(p -> p.id().equals(schema.id()))) {
      return;
    }
    out.add(schema);
    for (List<SchemaView> parts : List.of(schema.allOf(), schema.oneOf(), schema.anyOf())) {
      for (SchemaView part : parts) {
        withParts(part, out, depth + 1);
      }
    }
    schema.siblingRef().ifPresent(r -> withParts(r, out, depth + 1));
  }

  static Scalar scalar(SchemaView schema) {
    Set<String> types = types(schema, 0);
    return new Scalar(types.contains("integer") || types.contains("number"), types.contains("number"),
        types.contains("boolean"), types.contains("null"));
  }

  /** The JSON types a schema admits, looking through allOf/oneOf/anyOf when it declares none itself. */
  private static Set<String> types(SchemaView schema, int depth) {
    Set<String> out = new LinkedHashSet<>(schema.types());
    if (!out.isEmpty() || depth > MAX_DEPTH) {
      return out;
    }
    for (SchemaView part : schema.allOf()) {
      out.addAll(types(part, depth + 1));
    }
    for (SchemaView part : schema.oneOf()) {
      out.addAll(types(part, depth + 1));
    }
    for (SchemaView part : schema.anyOf()) {
      out.addAll(types(part, depth + 1));
    }
    schema.siblingRef().ifPresent(r -> out.addAll(types(r, depth + 1)));
    if (out.isEmpty()) {
      schema.enumValues().ifPresent(values -> values.forEach(v -> {
        if (v.isIntegralNumber()) {
          out.add("integer");
        } else if (v.isNumber()) {
          out.add("number");
        } else if (v.isBoolean()) {
          out.add("boolean");
        } else if (v.isTextual()) {
          out.add("string");
        }
      }));
    }
    return out;
  }

  static boolean isInteger(String s) {
    int n = s.length();
    if (n == 0 || n > 400) {
      return false;
    }
    int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
    if (i == n) {
      return false;
    }
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static boolean isNumber(String s) {
    if (s.isEmpty() || s.length() > 400) {
      return false;
    }
    char first = s.charAt(0);
    if (!(first == '-' || first == '+' || first == '.' || (first >= '0' && first <= '9'))) {
      return false;
    }
    try {
      new BigDecimal(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
