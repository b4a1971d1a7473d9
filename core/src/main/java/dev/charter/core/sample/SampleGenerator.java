package dev.charter.core.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.curiousoddman.rgxgen.RgxGen;
import com.github.curiousoddman.rgxgen.config.RgxGenOption;
import com.github.curiousoddman.rgxgen.config.RgxGenProperties;
import dev.charter.core.model.SchemaView;
import dev.charter.core.parse.JsonPointers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Makes a JSON value that a schema accepts: for mock responses, request bodies of contract tests,
 * and placeholders in generated code. {@link Mode#STATIC} prefers what the spec says (examples,
 * defaults, the first enum value) and otherwise gives stable, readable values; {@link Mode#RANDOM}
 * gives varied values, the same ones for the same seed. Formats, patterns (through RgxGen, with
 * lengths bounded), bounds, enums, {@code allOf}/{@code oneOf}/{@code anyOf} with discriminators,
 * {@code readOnly}/{@code writeOnly} by direction, and nullable are honoured; recursion stops at
 * {@link Options#maxDepth()} with the smallest valid value.
 */
public final class SampleGenerator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_STRING = 256;
  private static final int MAX_RECURSION_REQUIRED = 12;
  /**
   * What one value may cost: a character of a string or a member of an object or array counts one.
   * A schema may ask for more ({@code minLength: 1000000000}, {@code minItems} nested in {@code
   * minItems}); past the budget strings are cut and arrays and objects get no more members, so a
   * mock answers in milliseconds and a few megabytes with a value that is then too small.
   */
  static final long MAX_SIZE = 1_000_000;
  /** The longest string a pattern may make RgxGen build (beyond it the pattern is not used). */
  private static final int MAX_PATTERN_STRING = MAX_STRING * 64;
  /**
   * The value of a member nothing is known about (an unresolved reference, a required name without
   * a declared property). Compared by identity, so that merging {@code allOf} parts never lets it
   * replace a value a part actually described.
   */
  private static final JsonNode PLACEHOLDER = NODES.textNode("value");

  public enum Mode {
    STATIC,
    RANDOM
  }

  /** Which side of an exchange the value is for: requests leave out readOnly, responses writeOnly. */
  public enum Direction {
    REQUEST,
    RESPONSE,
    ANY
  }

  /**
   * @param useExamples take a schema's {@code example}/{@code examples}/{@code default} when it has one
   * @param optionalProperties whether optional properties are filled in (always in STATIC mode;
   *     in RANDOM mode each with even odds)
   */
  public record Options(Mode mode, long seed, Direction direction, int maxDepth, int maxItems, boolean useExamples,
      boolean optionalProperties) {

    public static Options staticFor(Direction direction) {
      return new Options(Mode.STATIC, 0, direction, 6, 2, true, true);
    }

    public static Options random(long seed, Direction direction) {
      return new Options(Mode.RANDOM, seed, direction, 5, 3, false, true);
    }

    public Options withUseExamples(boolean use) {
      return new Options(mode, seed, direction, maxDepth, maxItems, use, optionalProperties);
    }
  }

  /** Keywords that describe a schema without constraining its values. */
  private static final Set<String> ANNOTATIONS = Set.of("description", "title", "example", "examples", "default",
      "deprecated", "readOnly", "writeOnly", "externalDocs", "xml", "$comment", "nullable", "x-nullable");

  private final Options options;

  public SampleGenerator(Options options) {
    this.options = options;
  }

  /** A value {@code schema} accepts; the same value every time for the same options. */
  public JsonNode generate(SchemaView schema) {
    return new Run(new Random(options.seed() * 31 + schema.id().hashCode())).value(schema, 0);
  }

  /** The state of one generation: the random source and the schemas being generated (for cycles). */
  private final class Run {
    private final Random random;
    private final Deque<String> stack = new ArrayDeque<>();
    private long budget = MAX_SIZE;

    Run(Random random) {
      this.random = random;
    }

    private boolean isRandom() {
      return options.mode() == Mode.RANDOM;
    }

    JsonNode value(SchemaView s, int depth) {
      budget--;
      if (depth > options.maxDepth() + 2 * MAX_RECURSION_REQUIRED) {
        // a cycle every step of which is required (arrays of arrays with minItems: 1, A requires B
        // requires A): no finite value exists, so the innermost one is left empty
        return cutOff(s);
      }
      if (s.isUnresolved() || s.acceptsAnything()) {
        return PLACEHOLDER;
      }
      if (s.acceptsNothing()) {
        return NODES.nullNode();
      }
      if (options.useExamples()) {
        List<JsonNode> examples = s.examples();
        if (!examples.isEmpty()) {
          return examples.get(isRandom() ? random.nextInt(examples.size()) : 0);
        }
        Optional<JsonNode> def = s.defaultValue();
        if (def.isPresent()) {
          return def.get();
        }
      }
      Optional<List<JsonNode>> enumValues = s.enumValues();
      if (enumValues.isPresent() && !enumValues.get().isEmpty()) {
        List<JsonNode> values = enumValues.get().stream().filter(v -> !v.isNull() || s.nullable()).toList();
        if (!values.isEmpty()) {
          return values.get(isRandom() ? random.nextInt(values.size()) : 0);
        }
      }
      if (s.siblingRef().isPresent()) {
        return merge(s, List.of(s.siblingRef().get()), depth);
      }
      if (!s.allOf().isEmpty()) {
        return merge(s, s.allOf(), depth);
      }
      List<SchemaView> variants = !s.oneOf().isEmpty() ? s.oneOf() : s.anyOf();
      if (!variants.isEmpty()) {
        return variant(s, variants, depth);
      }
      return typed(s, depth);
    }

    /** An empty value of the schema's type, where generation must stop. */
    private JsonNode cutOff(SchemaView s) {
      return switch (chooseType(s)) {
        case "object" -> NODES.objectNode();
        case "array" -> NODES.arrayNode();
        case "integer", "number" -> NODES.numberNode(0);
        case "boolean" -> NODES.booleanNode(true);
        case "null" -> NODES.nullNode();
        default -> NODES.textNode("");
      };
    }

    /** The value for the schema's own type keywords, its alternatives and parts aside. */
    private JsonNode typed(SchemaView s, int depth) {
      String type = chooseType(s);
      return switch (type) {
        case "object" -> object(s, depth);
        case "array" -> array(s, depth);
        case "integer" -> number(s, true);
        case "number" -> number(s, isIntegerFormat(s));
        case "boolean" -> NODES.booleanNode(!isRandom() || random.nextBoolean());
        case "null" -> NODES.nullNode();
        default -> NODES.textNode(string(s));
      };
    }

    private String chooseType(SchemaView s) {
      Set<String> types = new LinkedHashSet<>(s.types());
      types.remove("null");
      if (types.isEmpty()) {
        if (s.types().contains("null")) {
          return "null";
        }
        if (!s.properties().isEmpty() || s.additionalProperties().isPresent() || !s.required().isEmpty()) {
          return "object";
        }
        if (s.items().isPresent() || !s.prefixItems().isEmpty()) {
          return "array";
        }
        if (s.minimum().isPresent() || s.maximum().isPresent() || s.multipleOf().isPresent()) {
          return "number";
        }
        return "string";
      }
      List<String> list = new ArrayList<>(types);
      return list.get(isRandom() ? random.nextInt(list.size()) : 0);
    }

    /**
     * allOf (and a 3.1 $ref with siblings): a value is generated per part and objects are merged.
     * Parts that only annotate (a description beside a reference) or cannot be read add nothing;
     * a member a part constrains to fixed values keeps that value; a member any part requires is
     * present.
     */
    private JsonNode merge(SchemaView s, List<SchemaView> parts, int depth) {
      List<JsonNode> generated = new ArrayList<>();
      List<SchemaView> from = new ArrayList<>();
      boolean ownKeywords = !s.properties().isEmpty() || s.types().contains("object");
      if (ownKeywords) {
        generated.add(object(s, depth));
        from.add(s);
      }
      for (SchemaView part : parts) {
        if (stack.contains(part.id()) || part.isUnresolved() || onlyAnnotates(part)) {
          continue;
        }
        stack.push(part.id());
        try {
          generated.add(value(part, depth + 1));
          from.add(part);
        } finally {
          stack.pop();
        }
      }
      if (generated.isEmpty()) {
        return s.types().isEmpty() ? NODES.objectNode() : typed(s, depth);
      }
      if (generated.stream().anyMatch(JsonNode::isObject)) {
        ObjectNode out = NODES.objectNode();
        Set<String> fixed = new java.util.HashSet<>();
        for (int i = 0; i < generated.size(); i++) {
          JsonNode g = generated.get(i);
          if (!g.isObject()) {
            continue;
          }
          SchemaView part = from.get(i);
          g.properties().forEach(e -> {
            boolean constrained = fixedValue(propertyOf(part, e.getKey(), 0));
            JsonNode before = out.get(e.getKey());
            // null satisfies a nullable part only; a value satisfies a non-nullable one too
            boolean keep = before != null && (e.getValue() == PLACEHOLDER || e.getValue().isNull() && !before.isNull()
                || fixed.contains(e.getKey()) && !constrained && !before.isNull());
            if (keep) {
              return;
            }
            out.set(e.getKey(), e.getValue());
            if (constrained) {
              fixed.add(e.getKey());
            }
          });
        }
        requiredByAnyPart(s, parts, out, depth);
        reconcile(s, parts, out, depth);
        discriminatorOfParent(s, parts, out);
        return out;
      }
      // scalars: the part that says most about the type decides
      for (int i = 0; i < generated.size(); i++) {
        if (!from.get(i).types().isEmpty() || from.get(i).enumValues().isPresent()) {
          return generated.get(i);
        }
      }
      return generated.get(generated.size() - 1);
    }

    /** A part with nothing but annotations ({@code description}, {@code title}, …): it constrains no value. */
    private boolean onlyAnnotates(SchemaView part) {
      JsonNode v = part.value();
      if (!v.isObject() || v.isEmpty()) {
        return false;
      }
      var names = v.fieldNames();
      while (names.hasNext()) {
        String n = names.next();
        if (!ANNOTATIONS.contains(n) && !n.startsWith("x-")) {
          return false;
        }
      }
      return true;
    }

    /**
     * Members several allOf parts describe must satisfy all of them: a null one part allows is
     * replaced when another part does not allow null, and a value outside an enum of another part
     * becomes one both enums list.
     */
    private void reconcile(SchemaView s, List<SchemaView> parts, ObjectNode out, int depth) {
      List<SchemaView> all = new ArrayList<>(parts);
      all.add(s);
      List<String> names = new ArrayList<>();
      out.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        List<SchemaView> described = new ArrayList<>();
        for (SchemaView part : all) {
          SchemaView p = propertyOf(part, name, 0);
          if (p != null) {
            described.add(p);
          }
        }
        if (described.size() < 2) {
          continue;
        }
        JsonNode v = out.get(name);
        if (v.isNull()) {
          for (SchemaView p : described) {
            if (!p.types().isEmpty() && !p.types().contains("null") && !stack.contains(p.id())) {
              stack.push(p.id());
              try {
                out.set(name, value(p, depth + 1));
              } finally {
                stack.pop();
              }
              v = out.get(name);
              break;
            }
          }
        }
        List<JsonNode> common = null;
        for (SchemaView p : described) {
          Optional<List<JsonNode>> values = p.enumValues();
          if (values.isPresent()) {
            List<JsonNode> listed = values.get();
            common = common == null ? new ArrayList<>(listed) : new ArrayList<>(common.stream().filter(listed::contains).toList());
          }
        }
        if (common != null && !common.isEmpty() && !common.contains(v)) {
          out.set(name, common.get(isRandom() ? random.nextInt(common.size()) : 0));
        }
      }
    }

    /** Members some allOf part requires that the merged value lacks (or only has a placeholder for). */
    private void requiredByAnyPart(SchemaView s, List<SchemaView> parts, ObjectNode out, int depth) {
      List<SchemaView> all = new ArrayList<>(parts);
      all.add(s);
      for (SchemaView part : all) {
        for (String name : part.required()) {
          if (out.has(name) && out.get(name) != PLACEHOLDER) {
            continue;
          }
          SchemaView property = null;
          for (SchemaView p : all) {
            property = propertyOf(p, name, 0);
            if (property != null) {
              break;
            }
          }
          if (property != null && !stack.contains(property.id())) {
            stack.push(property.id());
            try {
              out.set(name, depth >= options.maxDepth() ? minimal(property, depth + 1) : value(property, depth + 1));
            } finally {
              stack.pop();
            }
          } else if (!out.has(name)) {
            out.set(name, PLACEHOLDER);
          }
        }
      }
    }

    /**
     * The inheritance idiom: a named schema that is {@code allOf: [Parent, …]} where Parent has a
     * discriminator gets the discriminator value that names it.
     */
    private void discriminatorOfParent(SchemaView s, List<SchemaView> parts, ObjectNode out) {
      for (SchemaView part : parts) {
        Optional<SchemaView.Discriminator> d = part.discriminator();
        if (d.isEmpty()) {
          continue;
        }
        Optional<String> mapped = mappingKey(d.get(), s);
        String name = mapped.orElse(componentName(s));
        if (name != null && (mapped.isPresent() || admits(propertyOf(s, d.get().propertyName(), 0), name))) {
          out.put(d.get().propertyName(), name);
        }
      }
    }

    private JsonNode variant(SchemaView s, List<SchemaView> variants, int depth) {
      List<SchemaView> candidates = variants.stream().filter(v -> !stack.contains(v.id())).toList();
      if (candidates.isEmpty()) {
        candidates = variants;
      }
      // alternatives that contradict the schema's own type ({type: object, oneOf: [{type: string}, …]}) cannot be met
      Set<String> own = new LinkedHashSet<>(s.types());
      if (!own.isEmpty()) {
        List<SchemaView> compatible = candidates.stream()
            .filter(v -> v.types().isEmpty() || v.types().stream().anyMatch(t -> own.contains(t)
                || t.equals("integer") && own.contains("number")))
            .toList();
        if (!compatible.isEmpty()) {
          candidates = compatible;
        }
      }
      SchemaView chosen = candidates.get(isRandom() ? random.nextInt(candidates.size()) : 0);
      JsonNode base = !s.properties().isEmpty() || !own.isEmpty() && chosen.types().isEmpty() ? typed(s, depth) : null;
      stack.push(chosen.id());
      JsonNode v;
      try {
        v = value(chosen, depth + 1);
      } finally {
        stack.pop();
      }
      if (base != null && !base.isObject() && chosen.types().isEmpty() && !sameType(base, v)) {
        // an alternative that only adds conditions ({required: […]}) to a non-object value
        return base;
      }
      if (v.isObject()) {
        ObjectNode out = NODES.objectNode();
        if (base != null && base.isObject()) {
          base.properties().forEach(e -> out.set(e.getKey(), e.getValue()));
        }
        v.properties().forEach(e -> {
          if (e.getValue() != PLACEHOLDER || !out.has(e.getKey())) {
            out.set(e.getKey(), e.getValue());
          }
        });
        // an alternative that only requires members ({required: [files]}) the schema itself declares
        requiredByAnyPart(s, List.of(chosen), out, depth);
        exclusiveMembers(s, out, chosen.required());
        Optional<SchemaView.Discriminator> d = s.discriminator();
        if (d.isPresent() && !out.has(d.get().propertyName())) {
          // the discriminating member must be there even where the alternative leaves it optional
          SchemaView property = propertyOf(chosen, d.get().propertyName(), 0);
          if (property != null) {
            JsonNode tagValue = value(property, depth + 1);
            if (!tagValue.isNull()) {
              out.set(d.get().propertyName(), tagValue);
            }
          }
        }
        if (d.isPresent()) {
          Optional<String> mapped = mappingKey(d.get(), chosen);
          String key = mapped.orElse(componentName(chosen));
          // an alternative that lists its own values ({enum: [dog]}) already says what it is
          if (key != null && (mapped.isPresent() || admits(propertyOf(chosen, d.get().propertyName(), 0), key))) {
            out.put(d.get().propertyName(), key);
          }
        }
        return out;
      }
      return v;
    }

    private boolean sameType(JsonNode a, JsonNode b) {
      return a.getNodeType() == b.getNodeType();
    }

    /** The schema of property {@code name} as {@code s} declares it, directly or in its allOf parts. */
    private SchemaView propertyOf(SchemaView s, String name, int depth) {
      if (s == null || depth > 8) {
        return null;
      }
      SchemaView p = s.properties().get(name);
      if (p != null) {
        return p;
      }
      for (SchemaView part : s.allOf()) {
        SchemaView found = propertyOf(part, name, depth + 1);
        if (found != null) {
          return found;
        }
      }
      return s.siblingRef().map(r -> propertyOf(r, name, depth + 1)).orElse(null);
    }

    /** Whether {@code name} is a value the property's enum (if it has one) allows. */
    private boolean admits(SchemaView property, String name) {
      if (property == null) {
        return true;
      }
      Optional<List<JsonNode>> own = property.enumValues();
      if (own.isPresent()) {
        return own.get().stream().anyMatch(v -> v.isTextual() && v.asText().equals(name));
      }
      // {anyOf: [{enum: [item_reference]}, {type: null}]}: the values of the alternatives that list theirs
      List<SchemaView> alternatives = new ArrayList<>(property.anyOf());
      alternatives.addAll(property.oneOf());
      boolean listed = false;
      for (SchemaView a : alternatives) {
        Optional<List<JsonNode>> values = a.enumValues();
        if (values.isPresent()) {
          listed = true;
          if (values.get().stream().anyMatch(v -> v.isTextual() && v.asText().equals(name))) {
            return true;
          }
        }
      }
      return !listed;
    }

    /**
     * A schema that admits one value only (const, an enum of one, or that or null): a tag that
     * tells alternatives apart.
     */
    private boolean fixedValue(SchemaView property) {
      if (property == null) {
        return false;
      }
      Optional<List<JsonNode>> own = property.enumValues();
      if (own.isPresent()) {
        return own.get().stream().filter(v -> !v.isNull()).count() == 1;
      }
      List<SchemaView> alternatives = new ArrayList<>(property.anyOf());
      alternatives.addAll(property.oneOf());
      List<SchemaView> valued = alternatives.stream().filter(a -> !a.types().equals(Set.of("null"))).toList();
      return valued.size() == 1 && fixedValue(valued.get(0));
    }

    private Optional<String> mappingKey(SchemaView.Discriminator d, SchemaView target) {
      for (Map.Entry<String, SchemaView> e : d.mapping().entrySet()) {
        if (e.getValue().id().equals(target.id())) {
          return Optional.of(e.getKey());
        }
      }
      return Optional.empty();
    }

    /** {@code Cat} for a schema at {@code /components/schemas/Cat} or {@code /definitions/Cat}. */
    private String componentName(SchemaView s) {
      String p = s.node().pointer();
      String parent = JsonPointers.parent(p);
      if (parent.endsWith("/schemas") || parent.equals("/definitions")) {
        return JsonPointers.last(p);
      }
      return null;
    }

    private JsonNode object(SchemaView s, int depth) {
      ObjectNode out = NODES.objectNode();
      Set<String> required = s.required();
      boolean deep = depth >= options.maxDepth();
      for (Map.Entry<String, SchemaView> e : s.properties().entrySet()) {
        SchemaView p = e.getValue();
        boolean isRequired = required.contains(e.getKey());
        if (options.direction() == Direction.REQUEST && p.readOnly()
            || options.direction() == Direction.RESPONSE && p.writeOnly()) {
          continue;
        }
        boolean tag = fixedValue(p);
        if (!isRequired && (deep || !options.optionalProperties() || (isRandom() && !tag && random.nextBoolean()))) {
          continue;
        }
        if (stack.contains(p.id()) && (!isRequired || stack.size() > MAX_RECURSION_REQUIRED)) {
          continue;
        }
        stack.push(p.id());
        try {
          out.set(e.getKey(), isRequired && deep ? minimal(p, depth + 1) : value(p, depth + 1));
        } finally {
          stack.pop();
        }
      }
      // Required names without a declared property still need a value.
      for (String name : required) {
        if (!out.has(name) && !s.properties().containsKey(name)) {
          out.set(name, s.additionalProperties().map(ap -> value(ap, depth + 1)).orElse(PLACEHOLDER));
        }
      }
      exclusiveMembers(s, out, Set.of());
      Optional<SchemaView> additional = s.additionalProperties();
      int min = s.minProperties().orElse(0);
      int n = 1;
      while (out.size() < min || (out.isEmpty() && additional.isPresent() && !deep && s.properties().isEmpty())) {
        String key = "property" + n++;
        out.set(key, additional.map(ap -> value(ap, depth + 1)).orElse(PLACEHOLDER));
        if (n > 1000 || budget <= 0) {
          break;
        }
      }
      return out;
    }

    /**
     * {@code not: {required: [a, b]}} ("a and b not together"): drops optional ones of those
     * members until they are no longer all present.
     */
    private void exclusiveMembers(SchemaView s, ObjectNode out, Set<String> keep) {
      Optional<SchemaView> not = s.not();
      if (not.isEmpty() || !not.get().value().isObject()) {
        return;
      }
      Set<String> together = not.get().required();
      if (together.isEmpty() || !together.stream().allMatch(out::has)) {
        return;
      }
      List<String> optional = together.stream().filter(n -> !s.required().contains(n) && !keep.contains(n)).toList();
      if (!optional.isEmpty()) {
        out.remove(optional.get(optional.size() - 1));
      }
    }

    /** The smallest value a schema accepts, for required members past the depth limit. */
    private JsonNode minimal(SchemaView s, int depth) {
      if (s.nullable()) {
        return NODES.nullNode();
      }
      boolean composed = !s.oneOf().isEmpty() || !s.anyOf().isEmpty() || !s.allOf().isEmpty() || s.siblingRef().isPresent();
      if (composed && depth < options.maxDepth() + MAX_RECURSION_REQUIRED) {
        // alternatives and parts decide what is required (a discriminator, say): past the depth
        // limit, objects in them only get their required members anyway
        return value(s, depth);
      }
      String type = chooseType(s);
      if (type.equals("object")) {
        ObjectNode out = NODES.objectNode();
        if (depth < options.maxDepth() + MAX_RECURSION_REQUIRED) {
          for (String r : s.required()) {
            SchemaView p = s.properties().get(r);
            out.set(r, p == null ? PLACEHOLDER : minimal(p, depth + 1));
          }
        }
        return out;
      }
      if (type.equals("array")) {
        ArrayNode a = NODES.arrayNode();
        int min = s.minItems().orElse(0);
        for (int i = 0; i < min && depth < options.maxDepth() + MAX_RECURSION_REQUIRED && budget > 0; i++) {
          a.add(s.items().map(it -> minimal(it, depth + 1)).orElse(PLACEHOLDER));
        }
        return a;
      }
      return value(s, depth);
    }

    private JsonNode array(SchemaView s, int depth) {
      ArrayNode out = NODES.arrayNode();
      List<SchemaView> prefix = s.prefixItems();
      int min = s.minItems().orElse(0);
      int max = s.maxItems().orElse(Integer.MAX_VALUE);
      int count;
      if (depth >= options.maxDepth()) {
        count = min;
      } else if (isRandom()) {
        int upper = Math.min(max, Math.max(min, 1) + options.maxItems() - 1);
        count = min + random.nextInt(Math.max(1, upper - min + 1));
      } else {
        count = Math.min(max, Math.max(min, 1));
      }
      count = Math.max(count, Math.min(prefix.size(), max));
      Set<JsonNode> seen = new java.util.HashSet<>();
      for (int i = 0; i < count && (budget > 0 || i < Math.min(prefix.size(), 1)); i++) {
        budget--;
        SchemaView item = i < prefix.size() ? prefix.get(i) : s.items().orElse(null);
        JsonNode v = item == null ? NODES.textNode("value" + i) : value(item, depth + 1);
        if (s.uniqueItems() && !seen.add(v)) {
          JsonNode retry = item == null ? v : new Run(new Random(random.nextLong())).variantOf(item, depth + 1, seen);
          if (retry == null) {
            if (out.size() >= min) {
              break;
            }
            retry = v;
          }
          v = retry;
          seen.add(v);
        }
        out.add(v);
      }
      return out;
    }

    /** Another value of {@code item} not in {@code seen}, or null when none turns up. */
    private JsonNode variantOf(SchemaView item, int depth, Set<JsonNode> seen) {
      for (int attempt = 0; attempt < 8; attempt++) {
        JsonNode v = randomValue(item, depth);
        if (!seen.contains(v)) {
          return v;
        }
      }
      return null;
    }

    private JsonNode randomValue(SchemaView item, int depth) {
      SampleGenerator randomised = new SampleGenerator(new Options(Mode.RANDOM, random.nextLong(), options.direction(),
          options.maxDepth(), options.maxItems(), false, options.optionalProperties()));
      return randomised.new Run(random).value(item, depth);
    }

    private JsonNode number(SchemaView s, boolean integer) {
      BigDecimal min = s.minimum().orElse(null);
      BigDecimal max = s.maximum().orElse(null);
      BigDecimal step = s.multipleOf().filter(m -> m.signum() > 0).orElse(integer ? BigDecimal.ONE : null);
      if (min != null && s.exclusiveMinimum()) {
        min = min.add(step != null ? smallest(step, integer) : new BigDecimal("0.5"));
      }
      if (max != null && s.exclusiveMaximum()) {
        max = max.subtract(step != null ? smallest(step, integer) : new BigDecimal("0.5"));
      }
      BigDecimal lower = min != null ? min : (max != null ? max.subtract(BigDecimal.valueOf(100)).min(BigDecimal.ZERO) : BigDecimal.ZERO);
      BigDecimal upper = max != null ? max : lower.add(BigDecimal.valueOf(isRandom() ? 1000 : 100));
      BigDecimal v;
      if (isRandom()) {
        v = lower.add(upper.subtract(lower).multiply(BigDecimal.valueOf(random.nextDouble())));
      } else {
        v = min != null ? min : (max != null && max.signum() < 0 ? max : (lower.signum() > 0 ? lower : BigDecimal.ZERO));
        if (max != null && v.compareTo(max) > 0) {
          v = max;
        }
      }
      if (step != null) {
        BigDecimal k = v.divide(step, 0, RoundingMode.CEILING);
        BigDecimal snapped = k.multiply(step);
        if (max != null && snapped.compareTo(max) > 0) {
          snapped = v.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        }
        v = snapped;
      }
      if (integer) {
        java.math.BigInteger whole = v.setScale(0, RoundingMode.CEILING).toBigInteger();
        return whole.bitLength() < 64 ? NODES.numberNode(whole.longValue()) : NODES.numberNode(whole);
      }
      if (!isRandom() && v.stripTrailingZeros().scale() <= 0) {
        // a whole number past 64 bits ({minimum: 1e300}) stays whole rather than losing its high bits
        java.math.BigInteger whole = v.toBigInteger();
        return whole.bitLength() < 64 ? NODES.numberNode(whole.longValue()) : NODES.numberNode(whole);
      }
      return NODES.numberNode(v.setScale(Math.min(6, Math.max(0, v.scale())), RoundingMode.HALF_UP).doubleValue());
    }

    private boolean isIntegerFormat(SchemaView s) {
      return s.format().map(f -> f.equals("int32") || f.equals("int64")).orElse(false);
    }

    private BigDecimal smallest(BigDecimal step, boolean integer) {
      return integer ? BigDecimal.ONE.max(step) : step;
    }

    private String string(SchemaView s) {
      int minLength = s.minLength().orElse(0);
      int maxLength = s.maxLength().orElse(Integer.MAX_VALUE);
      Optional<String> pattern = s.pattern();
      if (pattern.isPresent()) {
        String fromPattern = fromPattern(pattern.get(), minLength, maxLength);
        if (fromPattern != null) {
          return fromPattern;
        }
      }
      String base = s.format().map(this::formatted).orElseGet(this::word);
      return fit(base, minLength, maxLength);
    }

    private String fromPattern(String pattern, int minLength, int maxLength) {
      try {
        RgxGenProperties props = new RgxGenProperties();
        // unbounded repetition (+, *) must be able to reach minLength, but stay short otherwise
        int repetition = Math.max(12, Math.min(MAX_STRING, minLength));
        if (!PatternSize.atMost(pattern, repetition, MAX_PATTERN_STRING)) {
          return null;
        }
        RgxGenOption.INFINITE_PATTERN_REPETITION.setInProperties(props, repetition);
        RgxGen gen = RgxGen.parse(props, pattern);
        int attempts = minLength > 12 || maxLength < Integer.MAX_VALUE ? 256 : 16;
        for (int attempt = 0; attempt < attempts; attempt++) {
          String v = gen.generate(new Random(isRandom() ? random.nextLong() : attempt));
          if (v.length() >= minLength && v.length() <= Math.min(maxLength, MAX_STRING * 4)) {
            return v;
          }
        }
      } catch (RuntimeException | StackOverflowError e) {
        // A pattern RgxGen cannot read (ECMA-only syntax): fall back to format or a word.
      }
      return null;
    }

    private String fit(String base, int minLength, int maxLength) {
      StringBuilder sb = new StringBuilder(base);
      int length = (int) Math.min(minLength, Math.max(1, budget));
      while (sb.length() < length) {
        sb.append(sb.length() == 0 ? "x" : base.isEmpty() ? "x" : base.charAt(sb.length() % base.length()));
      }
      if (sb.length() > maxLength) {
        sb.setLength(maxLength);
      }
      budget -= sb.length();
      return sb.toString();
    }

    private String word() {
      if (!isRandom()) {
        return "string";
      }
      String[] words = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"};
      return words[random.nextInt(words.length)] + random.nextInt(1000);
    }

    private String formatted(String format) {
      boolean r = isRandom();
      switch (format) {
        case "date-time":
          return r ? String.format("20%02d-%02d-%02dT%02d:%02d:%02dZ", 10 + random.nextInt(20), 1 + random.nextInt(12),
              1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60)) : "2024-01-01T12:00:00Z";
        case "date":
          return r ? String.format("20%02d-%02d-%02d", 10 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28))
              : "2024-01-01";
        case "time":
          return r ? String.format("%02d:%02d:%02dZ", random.nextInt(24), random.nextInt(60), random.nextInt(60)) : "12:00:00Z";
        case "email":
        case "idn-email":
          return r ? "user" + random.nextInt(10000) + "@example.com" : "user@example.com";
        case "uuid":
          return r ? new java.util.UUID(random.nextLong() & 0xffffffffffff0fffL | 0x4000L,
              random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L).toString()
              : "3fa85f64-5717-4562-b3fc-2c963f66afa6";
        case "uri":
        case "url":
        case "iri":
          return r ? "https://example.com/" + word() : "https://example.com/resource";
        case "uri-reference":
        case "iri-reference":
          return "/resource";
        case "uri-template":
          return "https://example.com/{id}";
        case "hostname":
        case "idn-hostname":
          return "example.com";
        case "ipv4":
          return r ? "192.0.2." + (1 + random.nextInt(254)) : "192.0.2.1";
        case "ipv6":
          return "2001:db8::1";
        case "byte":
          return "U3dhZ2dlciByb2Nrcw==";
        case "binary":
          return "binary";
        case "password":
          return "secret";
        case "duration":
          return "P1D";
        case "regex":
          return "^[a-z]+$";
        case "json-pointer":
          return "/a/b";
        case "relative-json-pointer":
          return "0/a";
        case "int32":
        case "int64":
          return "1";
        default:
          return word();
      }
    }
  }
}
