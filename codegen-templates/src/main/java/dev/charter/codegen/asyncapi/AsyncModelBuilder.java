package dev.charter.codegen.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.codegen.asyncapi.ModelSet.ChannelParameter;
import dev.charter.codegen.asyncapi.ModelSet.EnumConstant;
import dev.charter.codegen.asyncapi.ModelSet.EnumModel;
import dev.charter.codegen.asyncapi.ModelSet.FieldModel;
import dev.charter.codegen.asyncapi.ModelSet.MessageExample;
import dev.charter.codegen.asyncapi.ModelSet.MessageMethod;
import dev.charter.codegen.asyncapi.ModelSet.MessageModel;
import dev.charter.codegen.asyncapi.ModelSet.OperationModel;
import dev.charter.codegen.asyncapi.ModelSet.RecordModel;
import dev.charter.codegen.asyncapi.ModelSet.TypeModel;
import dev.charter.codegen.asyncapi.ModelSet.UnionModel;
import dev.charter.codegen.asyncapi.ModelSet.Variant;
import dev.charter.codegen.java.JavaNames;
import dev.charter.core.model.AsyncApiModel;
import dev.charter.core.model.AsyncChannel;
import dev.charter.core.model.AsyncMessage;
import dev.charter.core.model.AsyncOperation;
import dev.charter.core.model.SchemaDialect;
import dev.charter.core.model.SchemaView;
import dev.charter.core.parse.JsonPointers;
import dev.charter.core.spec.SpecNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the {@link ModelSet} of an AsyncAPI document in one pass: each schema is mapped to a Java
 * type once (by its position, so {@code $ref}ed schemas are shared and recursive ones terminate),
 * named by {@link JavaNames}, and placed: component schemas and message payloads and headers at the
 * top level, inline schemas nested in the type that uses them. The state below lives only for one
 * build; the result is immutable.
 *
 * <p>How schemas map ({@link #typeOf}): objects with properties (and {@code allOf}, merged) become
 * records; {@code oneOf}/{@code anyOf} of objects a sealed interface with a discriminator (declared,
 * or a property every variant fixes with {@code const}/one-value {@code enum}) or deduction;
 * string and integer {@code enum}s Java enums; {@code additionalProperties} alone a {@code Map};
 * arrays {@code List}; {@code date-time} {@code OffsetDateTime} (or String by option); integers
 * {@code Integer} (int32) or {@code Long}; numbers {@code Float}/{@code Double} by format, else
 * {@code BigDecimal} (exact, like JSON); anything else, or a schema format charter does not read
 * (Avro, Protobuf), {@code JsonNode}.
 */
public final class AsyncModelBuilder {
  private static final Pattern COMPONENT_SCHEMA = Pattern.compile("^/components/schemas/[^/]+$");
  private static final Pattern ADDRESS_PARAMETER = Pattern.compile("\\{([^}]+)}");
  private static final Set<String> OBJECT_METHODS = Set.of("hashCode", "toString", "equals", "getClass", "notify",
      "notifyAll", "wait", "clone", "finalize");

  private final AsyncModelOptions options;
  private final JavaNames.Scope packageScope = new JavaNames.Scope(true);
  private final Map<String, TypeRef> byId = new HashMap<>();
  private final Map<List<String>, Draft> byPath = new HashMap<>();
  private final List<Draft> topLevel = new ArrayList<>();
  private boolean usesJavaTime;

  private AsyncModelBuilder(AsyncModelOptions options) {
    this.options = options;
  }

  public static ModelSet build(AsyncApiModel model, AsyncModelOptions options) {
    return new AsyncModelBuilder(options).run(model);
  }

  private ModelSet run(AsyncApiModel model) {
    // Component schemas first, in document order, so that they keep their own names.
    for (Map.Entry<String, SchemaView> e : model.schemas().entrySet()) {
      typeOf(e.getValue(), e.getKey(), null);
    }
    Map<String, MessageModel> messages = new LinkedHashMap<>();
    JavaNames.Scope messageScope = new JavaNames.Scope(true);
    for (AsyncChannel channel : model.channels().values()) {
      for (AsyncMessage m : channel.messages()) {
        message(m, messages, messageScope);
      }
    }
    List<OperationModel> operations = new ArrayList<>();
    for (AsyncOperation op : model.operations()) {
      op.messages().forEach(m -> message(m, messages, messageScope));
      op.reply().ifPresent(r -> r.messages().forEach(m -> message(m, messages, messageScope)));
      operations.add(operation(op, messages));
    }
    List<TypeModel> types = topLevel.stream().map(Draft::freeze).toList();
    String title = model.title().orElse("AsyncAPI");
    return new ModelSet(options, title, model.apiVersion().orElse("0"), types, List.copyOf(messages.values()), operations,
        usesJavaTime);
  }

  // ---- messages and operations ----

  private MessageModel message(AsyncMessage m, Map<String, MessageModel> messages, JavaNames.Scope scope) {
    String id = m.node().toString();
    MessageModel known = messages.get(id);
    if (known != null) {
      return known;
    }
    String javaName = scope.claim(JavaNames.typeName(m.name().orElse(m.key()), "Message"));
    Optional<TypeRef> payload = m.payload().map(p -> typeOf(p, javaName + "Payload", null));
    Optional<TypeRef> headers = m.headers().map(h -> typeOf(h, javaName + "Headers", null));
    Optional<String> doc = m.node().text("summary").or(() -> m.node().text("description")).or(m::title);
    List<MessageExample> examples = new ArrayList<>();
    for (AsyncMessage.AsyncExample e : m.examples()) {
      examples.add(new MessageExample(e.name(), e.payload(), e.headers(), e.node().toString()));
    }
    MessageModel model = new MessageModel(m.key(), javaName, doc, payload, headers, m.contentType(), examples,
        m.payload().map(SchemaView::examples).orElse(List.of()), m.headers().map(SchemaView::examples).orElse(List.of()),
        id);
    messages.put(id, model);
    return model;
  }

  private OperationModel operation(AsyncOperation op, Map<String, MessageModel> messages) {
    String interfaceName = packageScope.claim(JavaNames.typeName(op.key(), "Operation"));
    AsyncChannel channel = op.channel();
    JavaNames.Scope params = new JavaNames.Scope(false, List.of("payload", "headers"));
    List<ChannelParameter> parameters = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>(channel.parameters().keySet());
    channel.address().ifPresent(a -> ADDRESS_PARAMETER.matcher(a).results().forEach(r -> names.add(r.group(1))));
    for (String name : names) {
      SpecNode p = channel.parameters().get(name);
      Optional<String> doc = p == null ? Optional.empty() : p.text("description");
      parameters.add(new ChannelParameter(name, params.claim(JavaNames.memberName(name, "parameter")), doc));
    }
    Optional<TypeRef> reply = op.reply().flatMap(r -> replyType(r, messages));
    JavaNames.Scope methods = new JavaNames.Scope(false, List.of("address"));
    List<MessageMethod> out = new ArrayList<>();
    String verb = op.action() == AsyncOperation.Action.SEND ? "send" : "on";
    for (AsyncMessage m : op.messages()) {
      MessageModel mm = messages.get(m.node().toString());
      out.add(new MessageMethod(methods.claim(verb + mm.javaName()), mm, reply));
    }
    Optional<String> doc = op.summary().or(() -> op.node().text("description"));
    return new OperationModel(op.key(), interfaceName, op.action(), channel.key(), channel.address(), parameters, out, doc);
  }

  private Optional<TypeRef> replyType(AsyncOperation.Reply reply, Map<String, MessageModel> messages) {
    Set<TypeRef> types = new LinkedHashSet<>();
    for (AsyncMessage m : reply.messages()) {
      MessageModel mm = messages.get(m.node().toString());
      if (mm != null) {
        types.add(mm.payload().orElse(TypeRef.JSON));
      }
    }
    if (types.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(types.size() == 1 ? types.iterator().next() : TypeRef.JSON);
  }

  // ---- schemas ----

  /**
   * The Java type of {@code s}. {@code hint} names a type created for it (unless it is a component
   * schema, which keeps its own name); {@code owner} receives it as a nested type, or the package
   * when null.
   */
  TypeRef typeOf(SchemaView s, String hint, Draft owner) {
    if (s.isUnresolved() || s.dialect() == SchemaDialect.UNSUPPORTED || s.acceptsAnything() || s.acceptsNothing()) {
      return TypeRef.JSON;
    }
    TypeRef known = byId.get(s.id());
    if (known != null) {
      return known;
    }
    if (COMPONENT_SCHEMA.matcher(s.node().pointer()).matches()) {
      hint = JsonPointers.last(s.node().pointer());
      owner = null;
    }
    TypeRef t = decide(s, hint, owner);
    byId.putIfAbsent(s.id(), t);
    return t;
  }

  private TypeRef decide(SchemaView s, String hint, Draft owner) {
    List<SchemaView> variants = !s.oneOf().isEmpty() ? s.oneOf() : s.anyOf();
    if (!variants.isEmpty() && s.properties().isEmpty() && s.allOf().isEmpty() && s.siblingRef().isEmpty()) {
      return union(s, variants, hint, owner);
    }
    Optional<String> main = s.mainType();
    if (main.isEmpty() && s.properties().isEmpty() && (!s.allOf().isEmpty() || s.siblingRef().isPresent())) {
      // allOf: [{$ref: a string schema}, {description: ...}] is that string, not an object
      Optional<SchemaView> scalar = scalarPart(s, 0);
      if (scalar.isPresent()) {
        return typeOf(scalar.get(), hint, owner);
      }
    }
    if (s.enumValues().isPresent() && !s.value().has("const") && main.map(t -> !t.equals("object") && !t.equals("array")).orElse(true)) {
      Optional<TypeRef> e = enumType(s, hint, owner);
      if (e.isPresent()) {
        return e.get();
      }
    }
    if (isObject(s)) {
      Merged merged = Merged.of(s);
      if (!merged.properties.isEmpty() || !s.allOf().isEmpty() || s.siblingRef().isPresent()) {
        return record(s, merged, hint, owner);
      }
      if (merged.additional.isPresent()) {
        return new TypeRef.MapOf(typeOf(merged.additional.get(), hint + "Value", owner));
      }
      return TypeRef.JSON;
    }
    if (main.isEmpty()) {
      return s.types().size() > 1 ? TypeRef.JSON : scalarByFormat(s).orElse(TypeRef.JSON);
    }
    switch (main.get()) {
      case "array":
        return new TypeRef.ListOf(s.items().map(i -> typeOf(i, hint + "Item", owner)).orElse(TypeRef.JSON));
      case "string":
        return scalarByFormat(s).orElse(TypeRef.STRING);
      case "integer":
        return new TypeRef.External(s.format().filter("int32"::equals).isPresent() ? "java.lang.Integer" : "java.lang.Long");
      case "number":
        String f = s.format().orElse("");
        return new TypeRef.External(f.equals("float") ? "java.lang.Float" : f.equals("double") ? "java.lang.Double"
            : "java.math.BigDecimal");
      case "boolean":
        return new TypeRef.External("java.lang.Boolean");
      default:
        return TypeRef.JSON;
    }
  }

  /** The one part of an {@code allOf} that declares a non-object type, when the others only annotate. */
  private static Optional<SchemaView> scalarPart(SchemaView s, int depth) {
    if (depth > 16) {
      return Optional.empty();
    }
    List<SchemaView> parts = new ArrayList<>(s.allOf());
    s.siblingRef().ifPresent(parts::add);
    SchemaView found = null;
    for (SchemaView part : parts) {
      if (!part.properties().isEmpty() || part.mainType().filter("object"::equals).isPresent()) {
        return Optional.empty();
      }
      SchemaView candidate = part.mainType().isPresent() ? part
          : (!part.allOf().isEmpty() ? scalarPart(part, depth + 1).orElse(null) : null);
      if (candidate != null) {
        if (found != null && !found.mainType().equals(candidate.mainType())) {
          return Optional.empty();
        }
        found = found == null ? candidate : found;
      }
    }
    return Optional.ofNullable(found);
  }

  private Optional<TypeRef> scalarByFormat(SchemaView s) {
    Optional<String> main = s.mainType();
    if (main.isPresent() && !main.get().equals("string")) {
      return Optional.empty();
    }
    String format = s.format().orElse("");
    if (options.dateTimes() == AsyncModelOptions.DateTimes.JAVA_TIME && (format.equals("date-time") || format.equals("date"))) {
      usesJavaTime = true;
      return Optional.of(new TypeRef.External(format.equals("date") ? "java.time.LocalDate" : "java.time.OffsetDateTime"));
    }
    if (format.equals("uuid")) {
      return Optional.of(new TypeRef.External("java.util.UUID"));
    }
    return main.isPresent() ? Optional.of(TypeRef.STRING) : Optional.empty();
  }

  private static boolean isObject(SchemaView s) {
    Optional<String> main = s.mainType();
    if (main.isPresent()) {
      return main.get().equals("object");
    }
    return s.types().isEmpty() && (!s.properties().isEmpty() || !s.allOf().isEmpty()
        || s.additionalProperties().isPresent() || s.siblingRef().isPresent());
  }

  private Optional<TypeRef> enumType(SchemaView s, String hint, Draft owner) {
    List<JsonNode> values = s.enumValues().orElseThrow().stream().filter(v -> !v.isNull()).toList();
    boolean strings = !values.isEmpty() && values.stream().allMatch(JsonNode::isTextual);
    boolean integers = !values.isEmpty() && values.stream().allMatch(JsonNode::canConvertToLong)
        && values.stream().allMatch(JsonNode::isIntegralNumber);
    if (!strings && !integers) {
      return Optional.empty();
    }
    String name = claimTypeName(hint, owner, "Enum");
    List<String> path = path(owner, name);
    JavaNames.Scope constants = new JavaNames.Scope(false);
    List<EnumConstant> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (JsonNode v : values) {
      if (seen.add(v.toString())) {
        out.add(new EnumConstant(constants.claim(JavaNames.constantName(v.asText(), "VALUE")), v));
      }
    }
    TypeRef valueType = strings ? TypeRef.STRING : new TypeRef.External("java.lang.Long");
    EnumModel model = new EnumModel(name, doc(s), s.id(), valueType, out);
    place(new FixedDraft(path, model), owner);
    return Optional.of(new TypeRef.Generated(path));
  }

  private TypeRef record(SchemaView s, Merged merged, String hint, Draft owner) {
    String name = claimTypeName(hint, owner, "Schema");
    List<String> path = path(owner, name);
    RecordDraft d = new RecordDraft(path, s);
    place(d, owner);
    TypeRef self = new TypeRef.Generated(path);
    byId.put(s.id(), self);
    JavaNames.Scope members = new JavaNames.Scope(false, OBJECT_METHODS);
    for (Map.Entry<String, SchemaView> p : merged.properties.entrySet()) {
      String field = members.claim(JavaNames.memberName(p.getKey(), "property"));
      TypeRef type = typeOf(p.getValue(), JavaNames.typeName(p.getKey(), "Property"), d);
      d.fields.add(new FieldModel(field, p.getKey(), type, merged.required.contains(p.getKey()), doc(p.getValue()),
          p.getValue().deprecated()));
    }
    if (merged.additionalAllowedExplicitly) {
      d.additional = Optional.of(merged.additional.map(a -> typeOf(a, name + "Value", d)).orElse(TypeRef.JSON));
      d.additionalField = members.claim("additionalProperties");
    }
    return self;
  }

  private TypeRef union(SchemaView s, List<SchemaView> variants, String hint, Draft owner) {
    // Only object variants can implement a sealed interface (a nested oneOf cannot: it is an interface itself).
    if (!variants.stream().allMatch(v -> isObject(v) && v.oneOf().isEmpty() && v.anyOf().isEmpty())) {
      Set<TypeRef> scalars = new LinkedHashSet<>();
      for (SchemaView v : variants) {
        scalars.add(v.mainType().isPresent() && !isObject(v) ? typeOf(v, hint, owner) : TypeRef.JSON);
      }
      return scalars.size() == 1 ? scalars.iterator().next() : TypeRef.JSON;
    }
    String name = claimTypeName(hint, owner, "Union");
    List<String> path = path(owner, name);
    UnionDraft u = new UnionDraft(path, s);
    place(u, owner);
    TypeRef self = new TypeRef.Generated(path);
    byId.put(s.id(), self);
    List<TypeRef.Generated> types = new ArrayList<>();
    List<SchemaView> sources = new ArrayList<>();
    for (int i = 0; i < variants.size(); i++) {
      SchemaView v = variants.get(i);
      String variantHint = v.title().map(t -> JavaNames.typeName(t, "Option")).orElse(name + "Option" + (i + 1));
      TypeRef t = typeOf(v, variantHint, u);
      if (t instanceof TypeRef.Generated g && byPath.get(g.path()) instanceof RecordDraft && !types.contains(g)) {
        types.add(g);
        sources.add(v);
      }
    }
    Optional<String> property = s.discriminator().map(SchemaView.Discriminator::propertyName);
    List<Optional<String>> tags = new ArrayList<>();
    if (property.isPresent()) {
      for (int i = 0; i < types.size(); i++) {
        String fallback = types.get(i).simpleName();
        tags.add(Optional.of(tag(sources.get(i), property.get(), s.discriminator().get()).orElse(fallback)));
      }
    } else {
      property = implicitDiscriminator(sources);
      for (SchemaView v : sources) {
        tags.add(property.isPresent() ? fixedValue(Merged.of(v).properties.get(property.get())) : Optional.empty());
      }
    }
    String prop = property.orElse(null);
    boolean everyVariantHasIt = prop != null && types.stream()
        .allMatch(g -> ((RecordDraft) byPath.get(g.path())).fields.stream().anyMatch(f -> f.jsonName().equals(prop)));
    u.discriminator = everyVariantHasIt ? property : Optional.empty();
    for (int i = 0; i < types.size(); i++) {
      u.variants.add(new Variant(types.get(i), everyVariantHasIt ? tags.get(i) : Optional.empty()));
      ((RecordDraft) byPath.get(types.get(i).path())).unions.add((TypeRef.Generated) self);
    }
    return self;
  }

  private static Optional<String> tag(SchemaView variant, String property, SchemaView.Discriminator d) {
    for (Map.Entry<String, SchemaView> m : d.mapping().entrySet()) {
      if (m.getValue().id().equals(variant.id())) {
        return Optional.of(m.getKey());
      }
    }
    Optional<String> fixed = fixedValue(Merged.of(variant).properties.get(property));
    if (fixed.isPresent()) {
      return fixed;
    }
    if (COMPONENT_SCHEMA.matcher(variant.node().pointer()).matches()) {
      return Optional.of(JsonPointers.last(variant.node().pointer()));
    }
    return Optional.empty();
  }

  /** A property every variant fixes to a distinct string ({@code const}, or an {@code enum} of one). */
  private static Optional<String> implicitDiscriminator(List<SchemaView> variants) {
    if (variants.size() < 2) {
      return Optional.empty();
    }
    List<Merged> merged = variants.stream().map(Merged::of).toList();
    for (String candidate : merged.get(0).properties.keySet()) {
      Set<String> values = new LinkedHashSet<>();
      boolean all = true;
      for (Merged m : merged) {
        Optional<String> v = fixedValue(m.properties.get(candidate));
        if (v.isEmpty() || !values.add(v.get())) {
          all = false;
          break;
        }
      }
      if (all) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> fixedValue(SchemaView property) {
    if (property == null) {
      return Optional.empty();
    }
    return property.enumValues().filter(v -> v.size() == 1 && v.get(0).isTextual()).map(v -> v.get(0).asText());
  }

  private static Optional<String> doc(SchemaView s) {
    return s.description().or(s::title).filter(t -> !t.isBlank());
  }

  // ---- names and placement ----

  private String claimTypeName(String hint, Draft owner, String fallback) {
    String base = JavaNames.typeName(hint, fallback);
    if (owner == null) {
      return packageScope.claim(base);
    }
    return owner.nestedScope.claim(base);
  }

  private static List<String> path(Draft owner, String name) {
    List<String> p = new ArrayList<>(owner == null ? List.of() : owner.path);
    p.add(name);
    return p;
  }

  private void place(Draft d, Draft owner) {
    byPath.put(d.path, d);
    if (owner == null) {
      topLevel.add(d);
    } else {
      owner.nested.add(d);
    }
  }

  /** A type being built. Nested types go in {@link #nested}; their names may not repeat an enclosing one. */
  private abstract static class Draft {
    final List<String> path;
    final List<Draft> nested = new ArrayList<>();
    final JavaNames.Scope nestedScope;

    Draft(List<String> path) {
      this.path = List.copyOf(path);
      this.nestedScope = new JavaNames.Scope(false, path);
    }

    String name() {
      return path.get(path.size() - 1);
    }

    abstract TypeModel freeze();

    List<TypeModel> frozenNested() {
      return nested.stream().map(Draft::freeze).toList();
    }
  }

  private static final class FixedDraft extends Draft {
    final TypeModel model;

    FixedDraft(List<String> path, TypeModel model) {
      super(path);
      this.model = model;
    }

    @Override
    TypeModel freeze() {
      return model;
    }
  }

  private static final class RecordDraft extends Draft {
    final SchemaView schema;
    final List<FieldModel> fields = new ArrayList<>();
    final List<TypeRef.Generated> unions = new ArrayList<>();
    Optional<TypeRef> additional = Optional.empty();
    String additionalField = "additionalProperties";

    RecordDraft(List<String> path, SchemaView schema) {
      super(path);
      this.schema = schema;
    }

    @Override
    TypeModel freeze() {
      return new RecordModel(name(), doc(schema), schema.id(), fields, additional, additionalField, unions, frozenNested());
    }
  }

  private static final class UnionDraft extends Draft {
    final SchemaView schema;
    final List<Variant> variants = new ArrayList<>();
    Optional<String> discriminator = Optional.empty();

    UnionDraft(List<String> path, SchemaView schema) {
      super(path);
      this.schema = schema;
    }

    @Override
    TypeModel freeze() {
      return new UnionModel(name(), doc(schema), schema.id(), discriminator, variants, frozenNested());
    }
  }

  /**
   * An object schema with its {@code allOf} parts (and a 3.1-style {@code $ref} beside other
   * keywords) folded in: every property, every required name, and what it says about other
   * properties. Later parts win on a name clash, as a merged object would have it.
   */
  static final class Merged {
    final Map<String, SchemaView> properties = new LinkedHashMap<>();
    final Set<String> required = new LinkedHashSet<>();
    Optional<SchemaView> additional = Optional.empty();
    boolean additionalAllowedExplicitly;

    static Merged of(SchemaView s) {
      Merged m = new Merged();
      m.add(s, new java.util.HashSet<>(), 0);
      return m;
    }

    private void add(SchemaView s, Set<String> seen, int depth) {
      if (!seen.add(s.id()) || depth > 32) {
        return;
      }
      s.siblingRef().ifPresent(r -> add(r, seen, depth + 1));
      for (SchemaView part : s.allOf()) {
        add(part, seen, depth + 1);
      }
      properties.putAll(s.properties());
      required.addAll(s.required());
      JsonNode ap = s.value().isObject() ? s.value().get("additionalProperties") : null;
      if (ap != null && (ap.isObject() || (ap.isBoolean() && ap.asBoolean()))) {
        additionalAllowedExplicitly = true;
        if (s.additionalProperties().isPresent()) {
          additional = s.additionalProperties();
        }
      }
    }
  }
}
