package dev.charter.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.path.NodePath;
import dev.charter.core.diag.Location;
import dev.charter.core.parse.JsonPointers;
import dev.charter.core.spec.SpecNode;
import dev.charter.core.validate.InstanceValidator.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the raw errors of validating an instance into violations a person can act on: one per
 * real problem, in words, at the instance member it is about and the schema keyword that
 * rejected it.
 *
 * <p>When no alternative of a {@code oneOf}/{@code anyOf} matches, the validator reports every
 * failing alternative; only the one the instance was most likely meant to be is kept. An OpenAPI
 * {@code discriminator} decides outright (and an instance its value selects is valid even if it
 * also fits another alternative); otherwise alternatives that do not accept the instance's type,
 * then those rejected by the value of a distinguishing member (a {@code const} or {@code enum}
 * {@code kind}), are set aside, and of the rest the one with the fewest problems wins. When every
 * alternative rejects the type, one message lists the accepted types. The {@code anyOf} that
 * admits null for a nullable schema (see {@link NormalizedSchemas}) is transparent.
 */
final class ViolationExplainer {
  private final NormalizedSchemas schemas;
  private final int maxViolations;

  ViolationExplainer(NormalizedSchemas schemas, int maxViolations) {
    this.schemas = schemas;
    this.maxViolations = maxViolations;
  }

  /** An error with its paths taken apart. */
  private final class E {
    final Error error;
    final String keyword;
    final List<String> eval;
    final List<String> instanceTokens;
    final String instance;
    /** The schema keyword's pointer as written (wrappers taken out). */
    final String schema;

    E(Error error) {
      this.error = error;
      this.keyword = error.getKeyword() == null ? "" : error.getKeyword();
      this.eval = tokens(error.getEvaluationPath());
      this.instanceTokens = tokens(error.getInstanceLocation());
      this.instance = JsonPointers.join(instanceTokens);
      String at = schemas.writtenPointer(pointer(error.getSchemaLocation()));
      // a false subschema is reported at ".../false"
      this.schema = keyword.equals("false") && at.endsWith("/false") ? JsonPointers.parent(at) : at;
    }

    /** The first alternative of a oneOf/anyOf this error was found in, at or after eval token {@code from}; -1 if none. */
    int site(int from) {
      for (int k = from; k + 1 < eval.size(); k++) {
        String t = eval.get(k);
        if ((t.equals("oneOf") || t.equals("anyOf")) && Phrases.isIndex(eval.get(k + 1))) {
          return k;
        }
      }
      return -1;
    }
  }

  /** One oneOf/anyOf that failed: where it is, the errors of each alternative, and the instance it was applied to. */
  private final class Site {
    final String keyword;
    final int index;
    /** The evaluation path of one of its errors: the first {@code index} tokens lead to the schema holding it. */
    final List<String> evalPrefix;
    final TreeMap<Integer, List<E>> branches = new TreeMap<>();
    String instance;

    Site(String keyword, int index, List<String> evalPrefix) {
      this.keyword = keyword;
      this.index = index;
      this.evalPrefix = evalPrefix;
    }
  }

  private static List<String> tokens(NodePath path) {
    int n = path == null ? 0 : path.getNameCount();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(String.valueOf(path.getElement(i)));
    }
    return out;
  }

  private static String pointer(SchemaLocation location) {
    if (location == null || location.getFragment() == null) {
      return "";
    }
    return JsonPointers.join(tokens(location.getFragment()));
  }

  /**
   * @param root the schema that was compiled (its node, and its pointer in the tree as written)
   * @param instance the value that was validated
   */
  List<Violation> explain(List<Error> errors, Located root, JsonNode instance) {
    List<E> all = new ArrayList<>(errors.size());
    for (Error e : errors) {
      all.add(new E(e));
    }
    Map<String, Violation> out = new LinkedHashMap<>();
    List<Violation> resolved = resolve(all, 0, root, instance);
    // a value of the wrong type breaks its format too: the type says it all
    Set<String> mistyped = new java.util.HashSet<>();
    resolved.forEach(v -> {
      if (v.keyword().equals("type")) {
        mistyped.add(v.instancePointer());
      }
    });
    for (Violation v : resolved) {
      if (v.keyword().equals("format") && mistyped.contains(v.instancePointer())) {
        continue;
      }
      out.putIfAbsent(v.instancePointer() + '\u0000' + v.message(), v);
      if (out.size() >= maxViolations) {
        break;
      }
    }
    return List.copyOf(out.values());
  }

  /** A schema node and where it is written (null for a node only the model has). */
  record Located(JsonNode node, String written) {}

  private List<Violation> resolve(List<E> errors, int from, Located root, JsonNode instance) {
    Map<String, Site> sites = new LinkedHashMap<>();
    List<Object> order = new ArrayList<>();
    for (E e : errors) {
      int k = e.site(from);
      if (k < 0) {
        if (e.keyword.equals("oneOf") && e.eval.size() > from) {
          // the oneOf's own error: its alternatives explain it, if it has any
          String key = String.join("/", e.eval.subList(0, e.eval.size() - 1));
          Site site = sites.get(key);
          if (site == null) {
            site = new Site("oneOf", e.eval.size() - 1, e.eval);
            sites.put(key, site);
            order.add(site);
          }
          site.instance = e.instance;
          continue;
        }
        order.add(e);
        continue;
      }
      String key = String.join("/", e.eval.subList(0, k));
      Site site = sites.get(key);
      if (site == null) {
        site = new Site(e.eval.get(k), k, e.eval);
        sites.put(key, site);
        order.add(site);
      }
      if (site.instance == null) {
        site.instance = JsonPointers.join(e.instanceTokens.subList(0, Math.min(e.instanceTokens.size(),
            instanceDepth(e.eval, k))));
      }
      site.branches.computeIfAbsent(Integer.parseInt(e.eval.get(k + 1)), i -> new ArrayList<>()).add(e);
    }
    List<Violation> out = new ArrayList<>();
    for (Object o : order) {
      if (o instanceof Site site) {
        out.addAll(choose(site, root, instance));
      } else {
        Violation v = describe((E) o);
        if (v != null) {
          out.add(v);
        }
      }
    }
    return out;
  }

  /** How many members deep into the instance the evaluation path's first {@code upto} tokens lead. */
  private static int instanceDepth(List<String> eval, int upto) {
    int depth = 0;
    for (int i = 0; i < upto; i++) {
      switch (eval.get(i)) {
        case "properties", "patternProperties", "prefixItems" -> {
          depth++;
          i++;
        }
        case "additionalProperties", "unevaluatedProperties", "items", "additionalItems", "unevaluatedItems",
            "contains" -> depth++;
        case "dependentSchemas", "$defs", "definitions", "allOf", "anyOf", "oneOf" -> i++;
        default -> {
          // $ref, not, if, then, else: the same instance
        }
      }
    }
    return depth;
  }

  /** The schema node the first {@code upto} tokens of an evaluation path lead to, following references. */
  private Located schemaAt(Located root, List<String> eval, int upto) {
    JsonNode node = root.node();
    String written = root.written();
    // stepping into the anyOf a nullable schema was wrapped in stays at the schema as written
    int skip = written != null && schemas.isNullWrapper(written) ? 2 : 0;
    for (int i = 0; i < upto && node != null; i++) {
      String t = eval.get(i);
      if (t.equals("$ref")) {
        String ref = node.path("$ref").asText("");
        if (!ref.startsWith("#")) {
          return null;
        }
        String real = JsonPointers.fromFragment(ref.substring(1));
        node = schemas.tree().at(real);
        written = schemas.writtenPointer(real);
        skip = schemas.isNullWrapper(written) ? 2 : 0;
        if (node.isMissingNode()) {
          return null;
        }
        continue;
      }
      node = node.isArray() && Phrases.isIndex(t) ? node.get(Integer.parseInt(t)) : node.get(t);
      if (skip > 0) {
        skip--;
      } else if (written != null) {
        written = JsonPointers.append(written, t);
        skip = schemas.isNullWrapper(written) ? 2 : 0;
      }
    }
    return node == null ? null : new Located(node, written);
  }

  private List<Violation> choose(Site site, Located root, JsonNode rootInstance) {
    Located combinator = schemaAt(root, site.evalPrefix, site.index + 1);
    Located holder = schemaAt(root, site.evalPrefix, site.index);
    String holderPointer = holder == null ? null : holder.written();
    String at = site.instance == null ? "" : site.instance;
    if (site.keyword.equals("anyOf") && holderPointer != null && schemas.isNullWrapper(holderPointer)) {
      return resolve(site.branches.getOrDefault(1, List.of()), site.index + 2, root, rootInstance);
    }
    JsonNode alternatives = combinator == null ? null : combinator.node();
    int count = alternatives != null && alternatives.isArray() ? alternatives.size() : site.branches.size();
    JsonNode instance = rootInstance.at(at);
    Location where = holderPointer == null ? schemas.locate("")
        : schemas.locate(JsonPointers.append(holderPointer, site.keyword));
    Optional<List<Violation>> byDiscriminator = discriminated(site, holder, alternatives, at, instance, root,
        rootInstance);
    if (byDiscriminator.isPresent()) {
      return byDiscriminator.get();
    }
    List<Integer> valid = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (!site.branches.containsKey(i)) {
        valid.add(i);
      }
    }
    if (!valid.isEmpty()) {
      if (site.keyword.equals("anyOf") || valid.size() < 2) {
        return List.of();
      }
      return List.of(new Violation(at, subject(at) + " matches more than one of the alternatives ("
          + alternativeNames(alternatives, valid) + "); it must match exactly one", site.keyword, where));
    }
    List<Integer> candidates = new ArrayList<>(site.branches.keySet());
    List<Integer> typed = candidates.stream().filter(i -> !rejectsType(at, site.branches.get(i))).toList();
    if (typed.isEmpty()) {
      return List.of(unionType(at, site.branches, instance, where));
    }
    List<Integer> kept = distinguishing(at, typed, site.branches);
    int best = kept.get(0);
    List<Violation> bestViolations = resolve(site.branches.get(best), site.index + 2, root, rootInstance);
    for (int i : kept.subList(1, kept.size())) {
      List<Violation> v = resolve(site.branches.get(i), site.index + 2, root, rootInstance);
      if (v.size() < bestViolations.size()) {
        best = i;
        bestViolations = v;
      }
    }
    return bestViolations;
  }

  /** The alternative an OpenAPI discriminator selects, when the schema has one. */
  private Optional<List<Violation>> discriminated(Site site, Located holder, JsonNode alternatives, String at,
      JsonNode instance, Located root, JsonNode rootInstance) {
    if (holder == null || instance == null || !instance.isObject() || alternatives == null || !alternatives.isArray()) {
      return Optional.empty();
    }
    JsonNode d = holder.node().path("discriminator");
    String property = d.isTextual() ? d.asText() : d.path("propertyName").asText(null);
    if (property == null || property.isEmpty()) {
      return Optional.empty();
    }
    Location where = holder.written() == null ? schemas.locate("")
        : schemas.locate(JsonPointers.append(holder.written(), "discriminator"));
    JsonNode value = instance.get(property);
    String member = JsonPointers.append(at, property);
    if (value == null || !value.isTextual()) {
      return Optional.of(List.of(new Violation(value == null ? at : member, value == null
          ? "missing required property '" + property + "' (it says which of the alternatives applies)"
          : subject(member) + " must be a string naming one of the alternatives", "discriminator", where)));
    }
    Map<String, Integer> names = discriminatorValues(holder.written(), d, alternatives);
    Integer selected = names.get(value.asText());
    if (selected == null) {
      // Many specs tag alternatives with a const/enum of their own instead of a mapping
      // ({kind: {const: dog}} in the Dog schema): then the alternatives themselves decide.
      Set<String> tags = new LinkedHashSet<>();
      for (JsonNode alternative : alternatives) {
        tagValues(alternative, property, tags, 0);
      }
      if (tags.contains(value.asText())) {
        return Optional.empty();
      }
      Set<String> allowed = new LinkedHashSet<>(names.keySet());
      allowed.addAll(tags);
      return Optional.of(List.of(new Violation(member, subject(member) + " must be one of "
          + Phrases.list(allowed), "discriminator", where)));
    }
    return Optional.of(resolve(site.branches.getOrDefault(selected, List.of()), site.index + 2, root, rootInstance));
  }

  /** The values an alternative's own schema allows for the discriminating property (const or enum). */
  private void tagValues(JsonNode schema, String property, Set<String> out, int depth) {
    if (schema == null || !schema.isObject() || depth > 8) {
      return;
    }
    String ref = schema.path("$ref").asText("");
    if (ref.startsWith("#")) {
      tagValues(schemas.tree().at(JsonPointers.fromFragment(ref.substring(1))), property, out, depth + 1);
    }
    JsonNode p = schema.path("properties").path(property);
    if (p.path("$ref").isTextual()) {
      String r = p.get("$ref").asText();
      p = r.startsWith("#") ? schemas.tree().at(JsonPointers.fromFragment(r.substring(1))) : p;
    }
    if (p.path("const").isTextual()) {
      out.add(p.get("const").asText());
    }
    p.path("enum").forEach(v -> {
      if (v.isTextual()) {
        out.add(v.asText());
      }
    });
    for (String k : List.of("allOf", "anyOf")) {
      schema.path(k).forEach(part -> tagValues(part, property, out, depth + 1));
    }
    if (schema.path("anyOf").size() == 2) {
      tagValues(schema.path("anyOf").get(1), property, out, depth + 1);
    }
  }

  /** Discriminator value → index of the alternative it selects: the mapping first, then schema names. */
  private Map<String, Integer> discriminatorValues(String holder, JsonNode d, JsonNode alternatives) {
    Map<String, Integer> out = new LinkedHashMap<>();
    Map<String, Integer> byTarget = new LinkedHashMap<>();
    for (int i = 0; i < alternatives.size(); i++) {
      String ref = alternatives.get(i).path("$ref").asText("");
      if (ref.isEmpty() && alternatives.get(i).path("anyOf").size() == 2) {
        ref = alternatives.get(i).path("anyOf").get(1).path("$ref").asText("");
      }
      if (!ref.startsWith("#")) {
        continue;
      }
      String target = schemas.writtenPointer(JsonPointers.fromFragment(ref.substring(1)));
      byTarget.put(target, i);
    }
    JsonNode mapping = d.path("mapping");
    Optional<SpecNode> origin = holder == null ? Optional.empty()
        : schemas.origin(JsonPointers.append(holder, "discriminator"));
    if (mapping.isObject() && origin.isPresent()) {
      mapping.properties().forEach(m -> {
        String target = m.getValue().asText("");
        String ref = target.contains("#") || target.contains("/") ? target : "#/components/schemas/" + target;
        origin.get().document().target(origin.get().file(), ref)
            .map(schemas::pointerOf)
            .map(schemas::writtenPointer)
            .map(byTarget::get)
            .ifPresent(i -> out.put(m.getKey(), i));
      });
    }
    // the schema names apply too, beside the mapping
    for (Map.Entry<String, Integer> e : byTarget.entrySet()) {
      out.putIfAbsent(JsonPointers.last(e.getKey()), e.getValue());
    }
    return out;
  }

  /** An alternative that does not accept the instance's JSON type at all. */
  private static boolean rejectsType(String at, List<E> branch) {
    for (E e : branch) {
      if (e.keyword.equals("type") && e.instance.equals(at)) {
        return true;
      }
    }
    return false;
  }

  private static Violation unionType(String at, Map<Integer, List<E>> branches, JsonNode instance, Location where) {
    Set<String> types = new LinkedHashSet<>();
    for (List<E> branch : branches.values()) {
      for (E e : branch) {
        if (e.keyword.equals("type") && e.instance.equals(at)) {
          JsonNode t = e.error.getSchemaNode();
          if (t != null && t.isArray()) {
            t.forEach(x -> types.add(x.asText()));
          } else if (t != null) {
            types.add(t.asText());
          }
        }
      }
    }
    return new Violation(at, typeMessage(at, types, instance), "type", where);
  }

  /**
   * Alternatives not rejected by the value of a member that tells them apart ({@code kind: dog}
   * against {@code const: cat}), when some alternative accepts that value.
   */
  private static List<Integer> distinguishing(String at, List<Integer> candidates, Map<Integer, List<E>> branches) {
    List<Integer> accepted = new ArrayList<>();
    for (int i : candidates) {
      boolean rejected = false;
      for (E e : branches.get(i)) {
        if ((e.keyword.equals("const") || e.keyword.equals("enum"))
            && JsonPointers.parent(e.instance).equals(at) && !e.instance.equals(at)) {
          rejected = true;
          break;
        }
      }
      if (!rejected) {
        accepted.add(i);
      }
    }
    return accepted.isEmpty() ? candidates : accepted;
  }

  private static String alternativeNames(JsonNode alternatives, List<Integer> indexes) {
    List<String> names = new ArrayList<>();
    for (int i : indexes) {
      String ref = alternatives != null && alternatives.isArray() ? alternatives.get(i).path("$ref").asText("") : "";
      names.add(ref.isEmpty() ? "#" + i : JsonPointers.last(JsonPointers.fromFragment(ref.substring(ref.indexOf('#') + 1))));
    }
    return Phrases.or(names).replace(" or ", " and ");
  }

  // ---------------------------------------------------------------- single errors

  private Violation describe(E e) {
    String at = e.instance;
    String subject = subject(at);
    JsonNode schema = e.error.getSchemaNode();
    Location where = schemas.locate(e.schema);
    String message;
    String pointer = at;
    switch (e.keyword) {
      case "required" -> message = "missing required property '" + property(e) + "'";
      case "dependentRequired" -> message = "missing required property '" + argument(e, 0) + "' (required when '"
          + argument(e, 1) + "' is present)";
      case "items", "additionalItems", "unevaluatedItems" -> {
        Integer index = e.error.getIndex();
        pointer = index == null ? at : JsonPointers.append(at, index);
        message = subject(pointer) + " is not allowed here";
      }
      case "additionalProperties", "unevaluatedProperties" -> {
        String p = property(e);
        pointer = JsonPointers.append(at, p);
        message = "property '" + p + "' is not allowed" + declared(JsonPointers.parent(e.schema));
      }
      case "false" -> {
        String reason = schemas.hiddenReason(e.schema);
        String name = JsonPointers.last(at);
        if (reason != null) {
          message = "property '" + name + "' is " + reason + " and must not be sent in a "
              + (reason.equals("read-only") ? "request" : "response");
        } else if (!at.isEmpty() && !Phrases.isIndex(name)) {
          message = "property '" + name + "' is not allowed here";
        } else {
          message = subject + " is not allowed here";
        }
      }
      case "type" -> {
        Set<String> types = new LinkedHashSet<>();
        if (schema != null && schema.isArray()) {
          schema.forEach(t -> types.add(t.asText()));
        } else if (schema != null) {
          types.add(schema.asText());
        }
        message = typeMessage(at, types, e.error.getInstanceNode());
      }
      case "enum" -> {
        List<String> values = new ArrayList<>();
        if (schema != null && schema.isArray()) {
          schema.forEach(v -> values.add(Phrases.value(v)));
        }
        message = values.size() == 1 ? subject + " must be " + values.get(0)
            : subject + " must be one of " + Phrases.list(values);
      }
      case "const" -> message = subject + " must be " + (schema == null ? "?" : Phrases.value(schema));
      case "pattern" -> message = subject + " does not match the pattern " + text(schema);
      case "format" -> message = subject + " must be " + FormatDescriptions.describe(text(schema));
      case "minLength" -> message = number(schema) == 1 ? subject + " must not be empty"
          : subject + " must be at least " + Phrases.plural(number(schema), "character", "characters") + " long";
      case "maxLength" -> message = subject + " must be at most "
          + Phrases.plural(number(schema), "character", "characters") + " long";
      case "minItems" -> message = subject + " must have at least " + Phrases.plural(number(schema), "item", "items");
      case "maxItems" -> message = subject + " must have at most " + Phrases.plural(number(schema), "item", "items");
      case "minProperties" -> message = subject + " must have at least "
          + Phrases.plural(number(schema), "property", "properties");
      case "maxProperties" -> message = subject + " must have at most "
          + Phrases.plural(number(schema), "property", "properties");
      case "uniqueItems" -> message = subject + " must not contain duplicate items";
      case "minimum" -> message = subject + " must be at least " + text(schema);
      case "exclusiveMinimum" -> message = subject + " must be greater than " + text(schema);
      case "maximum" -> message = subject + " must be at most " + text(schema);
      case "exclusiveMaximum" -> message = subject + " must be less than " + text(schema);
      case "multipleOf" -> message = subject + " must be a multiple of " + text(schema);
      case "not" -> message = notMessage(subject, at, schema);
      case "propertyNames" -> {
        String p = property(e);
        pointer = p.isEmpty() ? at : JsonPointers.append(at, p);
        message = "property name '" + p + "' is not allowed";
      }
      case "contains", "minContains", "maxContains" -> message = subject + " " + e.error.getMessage();
      case "oneOf" -> message = subject + " must match exactly one of the alternatives";
      case "anyOf" -> message = subject + " must match at least one of the alternatives";
      default -> message = subject + ": " + e.error.getMessage();
    }
    return new Violation(pointer, message, e.keyword, where);
  }

  private static String notMessage(String subject, String at, JsonNode forbidden) {
    if (forbidden != null && forbidden.isObject() && forbidden.size() == 1 && forbidden.path("required").isArray()) {
      List<String> names = new ArrayList<>();
      forbidden.get("required").forEach(n -> names.add(Phrases.quoted(n.asText())));
      if (names.size() == 1) {
        return "property " + names.get(0) + " is not allowed here";
      }
      return Phrases.or(names).replace(" or ", " and ") + " must not be used together";
    }
    return subject + " matches a schema it must not match (under 'not')";
  }

  /** The names a schema declares, for a message about an unexpected one. */
  private String declared(String schemaPointer) {
    JsonNode s = schemas.tree().at(schemas.realPointer(schemaPointer));
    JsonNode props = s.path("properties");
    if (!props.isObject() || props.isEmpty()) {
      return " (no properties are allowed here)";
    }
    List<String> names = new ArrayList<>();
    props.properties().forEach(p -> {
      if (!p.getValue().isBoolean() || p.getValue().asBoolean()) {
        names.add(p.getKey());
      }
    });
    return names.isEmpty() ? "" : " (allowed: " + Phrases.list(names) + ")";
  }

  private static String typeMessage(String at, Set<String> types, JsonNode instance) {
    List<String> names = new ArrayList<>();
    for (String t : types) {
      names.add(Phrases.article(t));
    }
    if (names.contains("an integer") && names.contains("a number")) {
      names.remove("an integer");
    }
    String found = Phrases.found(instance);
    if (instance != null && instance.isNumber() && names.contains("an integer") && !instance.isIntegralNumber()) {
      found = "a fraction";
    }
    return subject(at) + " must be " + Phrases.or(names) + ", found " + found;
  }

  static String subject(String pointer) {
    return pointer.isEmpty() ? "the value" : Phrases.subject(pointer);
  }

  private static String property(E e) {
    if (e.error.getProperty() != null) {
      return e.error.getProperty();
    }
    return argument(e, 0);
  }

  private static String argument(E e, int i) {
    Object[] a = e.error.getArguments();
    return a != null && a.length > i ? String.valueOf(a[i]) : "";
  }

  private static String text(JsonNode n) {
    return n == null ? "?" : n.isTextual() ? n.asText() : n.toString();
  }

  private static long number(JsonNode n) {
    return n != null && n.isNumber() ? n.asLong() : 0;
  }

  /** How messages name what a format asks for. */
  private static final class FormatDescriptions {
    private static final Map<String, String> TEXT = Map.ofEntries(
        Map.entry("date-time", "an RFC 3339 date-time (such as 2024-01-31T12:00:00Z)"),
        Map.entry("date", "a full date (such as 2024-01-31)"),
        Map.entry("time", "an RFC 3339 time (such as 12:00:00Z)"),
        Map.entry("duration", "an ISO 8601 duration (such as P1DT2H)"),
        Map.entry("email", "an email address"),
        Map.entry("idn-email", "an email address"),
        Map.entry("hostname", "a host name"),
        Map.entry("idn-hostname", "a host name"),
        Map.entry("ipv4", "an IPv4 address"),
        Map.entry("ipv6", "an IPv6 address"),
        Map.entry("uri", "an absolute URI (such as https://example.com/a)"),
        Map.entry("iri", "an absolute IRI"),
        Map.entry("uri-reference", "a URI reference"),
        Map.entry("iri-reference", "an IRI reference"),
        Map.entry("uri-template", "a URI template"),
        Map.entry("uuid", "a UUID (such as 3fa85f64-5717-4562-b3fc-2c963f66afa6)"),
        Map.entry("json-pointer", "a JSON pointer"),
        Map.entry("relative-json-pointer", "a relative JSON pointer"),
        Map.entry("regex", "a regular expression"),
        Map.entry("int32", "a whole number that fits in 32 bits"),
        Map.entry("int64", "a whole number that fits in 64 bits"),
        Map.entry("byte", "base64-encoded data"));

    static String describe(String format) {
      return TEXT.getOrDefault(format, "a valid " + format);
    }
  }
}
