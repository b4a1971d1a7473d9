package dev.charter.codegen.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.charter.codegen.docs.DocsPage.BodyDoc;
import dev.charter.codegen.docs.DocsPage.ExampleDoc;
import dev.charter.codegen.docs.DocsPage.Group;
import dev.charter.codegen.docs.DocsPage.NamedSchema;
import dev.charter.codegen.docs.DocsPage.OperationDoc;
import dev.charter.codegen.docs.DocsPage.ParameterDoc;
import dev.charter.codegen.docs.DocsPage.ResponseDoc;
import dev.charter.codegen.docs.DocsPage.Row;
import dev.charter.codegen.docs.DocsPage.SchemaDoc;
import dev.charter.codegen.docs.DocsPage.ServerDoc;
import dev.charter.codegen.docs.Html.Markup;
import dev.charter.core.model.AsyncApiModel;
import dev.charter.core.model.AsyncMessage;
import dev.charter.core.model.AsyncOperation;
import dev.charter.core.model.Example;
import dev.charter.core.model.Header;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.model.MediaType;
import dev.charter.core.model.OpenApiModel;
import dev.charter.core.model.Parameter;
import dev.charter.core.model.Response;
import dev.charter.core.model.SchemaDialect;
import dev.charter.core.model.SchemaView;
import dev.charter.core.model.SecurityRequirement;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecNode;
import java.math.BigDecimal;
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
 * Builds the {@link DocsPage} of an OpenAPI or AsyncAPI document from charter's own model in one
 * pass. Named schemas are described once, in the Schemas section, and linked from where they are
 * used; inline schemas are expanded as nested rows down to {@value #MAX_DEPTH} levels. That keeps
 * the page linear in the size of the spec (GitHub's 1,200 operations and 700 schemas included).
 */
public final class DocsPageBuilder {
  static final int MAX_DEPTH = 4;
  private static final int MAX_ENUM_SHOWN = 20;
  private static final ObjectWriter PRETTY = new ObjectMapper().writerWithDefaultPrettyPrinter();

  private final DocsOptions options;
  /** Schema id → its name and anchor, for the schemas shown in the Schemas section. */
  private final Map<String, String[]> named = new LinkedHashMap<>();
  private int operationIndex;

  private DocsPageBuilder(DocsOptions options) {
    this.options = options;
  }

  public static DocsPage build(SpecDocument spec, DocsOptions options) {
    DocsPageBuilder b = new DocsPageBuilder(options);
    return spec.version().isOpenApi() ? b.openApi(OpenApiModel.of(spec)) : b.asyncApi(AsyncApiModel.of(spec));
  }

  // ---- OpenAPI ----

  private DocsPage openApi(OpenApiModel model) {
    SpecNode root = model.document().rootNode();
    registerNamed(model.schemas());
    List<ServerDoc> servers = model.servers().stream()
        .map(s -> new ServerDoc(s.url(), Markdown.render(s.description().orElse("")))).toList();
    Map<String, Markup> tagDescriptions = new LinkedHashMap<>();
    root.get("tags").ifPresent(tags -> tags.elements().forEach(t -> t.text("name").ifPresent(n ->
        tagDescriptions.put(n, Markdown.render(t.text("description").orElse(""))))));
    Map<String, List<OperationDoc>> byTag = new LinkedHashMap<>();
    tagDescriptions.keySet().forEach(t -> byTag.put(t, new ArrayList<>()));
    for (HttpOperation op : model.operations()) {
      String tag = op.tags().isEmpty() ? "Other operations" : op.tags().get(0);
      byTag.computeIfAbsent(tag, k -> new ArrayList<>()).add(httpOperation(op));
    }
    for (HttpOperation op : model.webhooks()) {
      byTag.computeIfAbsent("Webhooks", k -> new ArrayList<>()).add(httpOperation(op));
    }
    List<Group> groups = new ArrayList<>();
    byTag.forEach((tag, ops) -> {
      if (!ops.isEmpty()) {
        groups.add(new Group(tag, tagDescriptions.getOrDefault(tag, Markup.EMPTY), ops));
      }
    });
    return new DocsPage(model.title().orElse("API"), model.apiVersion().orElse(""),
        model.document().version().label(), Markdown.render(root.get("info").flatMap(i -> i.text("description")).orElse("")),
        servers, groups, namedSchemas(model.schemas()));
  }

  private OperationDoc httpOperation(HttpOperation op) {
    String anchor = "op-" + (++operationIndex);
    String verb = (op.webhook() ? "WEBHOOK " : "") + op.method().name();
    List<ParameterDoc> params = new ArrayList<>();
    for (Parameter p : op.parameters()) {
      params.add(new ParameterDoc(p.name(), p.in(), p.required(), p.deprecated(),
          p.schema().map(this::typeLabel).orElse(p.content().isEmpty() ? "" : p.content().get(0).mediaType()),
          p.schema().map(DocsPageBuilder::constraints).orElse(""),
          Markdown.render(p.node().text("description").orElse(""))));
    }
    List<BodyDoc> requests = new ArrayList<>();
    op.requestBody().ifPresent(b -> b.content().forEach(m -> requests.add(body(m.mediaType(), m))));
    List<ResponseDoc> responses = new ArrayList<>();
    for (Response r : op.responses()) {
      List<ParameterDoc> headers = new ArrayList<>();
      for (Header h : r.headers()) {
        headers.add(new ParameterDoc(h.name(), "header", h.required(), h.deprecated(),
            h.schema().map(this::typeLabel).orElse(""), h.schema().map(DocsPageBuilder::constraints).orElse(""),
            Markdown.render(h.node().text("description").orElse(""))));
      }
      responses.add(new ResponseDoc(r.status(), Markdown.render(r.description().orElse("")), headers,
          r.content().stream().map(m -> body(m.mediaType(), m)).toList()));
    }
    return new OperationDoc(anchor, verb, op.path(), op.method().name() + " " + op.path(), op.operationId(),
        op.summary().orElse(""), Markdown.render(op.node().text("description").orElse("")), op.deprecated(), params,
        requests, responses, security(op.security()));
  }

  private BodyDoc body(String label, MediaType m) {
    List<ExampleDoc> examples = new ArrayList<>();
    for (Example e : m.examples()) {
      if (e.value().isPresent()) {
        examples.add(example(e.name().orElse("example"), e.value().get()));
      } else {
        e.externalValue().ifPresent(x -> examples.add(new ExampleDoc(e.name().orElse("example"), "(external: " + x + ")",
            false)));
      }
      if (examples.size() >= options.maxExamplesPerBody()) {
        break;
      }
    }
    if (examples.isEmpty() && m.schema().isPresent()) {
      for (JsonNode x : m.schema().get().examples()) {
        examples.add(example("schema example", x));
        break;
      }
    }
    return new BodyDoc(label, m.schema().map(this::schemaDoc).orElse(new SchemaDoc("", Optional.empty(), "", List.of())),
        examples);
  }

  private static List<String> security(List<SecurityRequirement> reqs) {
    List<String> out = new ArrayList<>();
    for (SecurityRequirement r : reqs) {
      List<String> parts = new ArrayList<>();
      r.schemes().forEach((name, scopes) -> parts.add(scopes.isEmpty() ? name : name + " (" + String.join(", ", scopes) + ")"));
      out.add(parts.isEmpty() ? "none" : String.join(" + ", parts));
    }
    return out;
  }

  // ---- AsyncAPI ----

  private DocsPage asyncApi(AsyncApiModel model) {
    SpecNode root = model.document().rootNode();
    registerNamed(model.schemas());
    List<ServerDoc> servers = new ArrayList<>();
    model.servers().forEach((name, s) -> {
      String url = s.text("url").orElseGet(() -> s.text("host").orElse("") + s.text("pathname").orElse(""));
      String protocol = s.text("protocol").orElse("");
      servers.add(new ServerDoc(name + ": " + (protocol.isEmpty() ? "" : protocol + "://") + url,
          Markdown.render(s.text("description").orElse(""))));
    });
    Map<String, List<OperationDoc>> byChannel = new LinkedHashMap<>();
    Map<String, Markup> channelDescriptions = new HashMap<>();
    for (AsyncOperation op : model.operations()) {
      String channel = op.channel().address().orElse(op.channel().key());
      channelDescriptions.putIfAbsent(channel, Markdown.render(op.channel().node().text("description").orElse("")));
      byChannel.computeIfAbsent(channel, k -> new ArrayList<>()).add(asyncOperation(op));
    }
    List<Group> groups = new ArrayList<>();
    byChannel.forEach((channel, ops) -> groups.add(new Group(channel, channelDescriptions.get(channel), ops)));
    return new DocsPage(model.title().orElse("API"), model.apiVersion().orElse(""), model.document().version().label(),
        Markdown.render(root.get("info").flatMap(i -> i.text("description")).orElse("")), servers, groups,
        namedSchemas(model.schemas()));
  }

  private OperationDoc asyncOperation(AsyncOperation op) {
    String anchor = "op-" + (++operationIndex);
    String verb = op.action().name();
    String address = op.channel().address().orElse(op.channel().key());
    List<ParameterDoc> params = new ArrayList<>();
    op.channel().parameters().forEach((name, p) -> params.add(new ParameterDoc(name, "channel", true, false,
        p.get("schema").map(s -> typeLabel(SchemaView.of(s, SchemaDialect.ASYNCAPI))).orElse("string"),
        p.get("enum").map(e -> "one of " + enumText(e.value())).orElse(""),
        Markdown.render(p.text("description").orElse("")))));
    List<BodyDoc> messages = new ArrayList<>();
    for (AsyncMessage m : op.messages()) {
      messages.addAll(message(m));
    }
    List<ResponseDoc> replies = new ArrayList<>();
    op.reply().ifPresent(r -> {
      List<BodyDoc> bodies = new ArrayList<>();
      r.messages().forEach(m -> bodies.addAll(message(m)));
      String where = r.address().or(() -> r.channel().flatMap(c -> c.address())).map(a -> "on " + a).orElse("");
      replies.add(new ResponseDoc("reply", Markdown.render(where), List.of(), bodies));
    });
    return new OperationDoc(anchor, verb, address, op.display(), Optional.of(op.key()), op.summary().orElse(""),
        Markdown.render(op.node().text("description").orElse("")), false, params, messages, replies,
        security(op.security()));
  }

  private List<BodyDoc> message(AsyncMessage m) {
    String label = "message " + m.name().orElse(m.key()) + m.contentType().map(c -> " (" + c + ")").orElse("");
    List<ExampleDoc> payloadExamples = new ArrayList<>();
    List<ExampleDoc> headerExamples = new ArrayList<>();
    for (AsyncMessage.AsyncExample e : m.examples()) {
      String name = e.name().orElse("example");
      e.payload().ifPresent(p -> {
        if (payloadExamples.size() < options.maxExamplesPerBody()) {
          payloadExamples.add(example(name, p));
        }
      });
      e.headers().ifPresent(h -> {
        if (headerExamples.size() < options.maxExamplesPerBody()) {
          headerExamples.add(example(name, h));
        }
      });
    }
    List<BodyDoc> out = new ArrayList<>();
    SchemaDoc payload = m.payload().map(p -> p.dialect() == SchemaDialect.UNSUPPORTED
        ? new SchemaDoc(m.payloadFormat().orElse("schema"), Optional.empty(), "", List.of()) : schemaDoc(p))
        .orElse(new SchemaDoc("", Optional.empty(), "", List.of()));
    out.add(new BodyDoc(label + " payload", payload, payloadExamples));
    m.headers().ifPresent(h -> out.add(new BodyDoc(label + " headers", schemaDoc(h), headerExamples)));
    return out;
  }

  // ---- schemas ----

  private void registerNamed(Map<String, SchemaView> schemas) {
    int i = 0;
    for (Map.Entry<String, SchemaView> e : schemas.entrySet()) {
      named.putIfAbsent(e.getValue().id(), new String[] {e.getKey(), "schema-" + (++i)});
    }
  }

  private List<NamedSchema> namedSchemas(Map<String, SchemaView> schemas) {
    List<NamedSchema> out = new ArrayList<>();
    for (Map.Entry<String, SchemaView> e : schemas.entrySet()) {
      String[] n = named.get(e.getValue().id());
      if (n == null || !n[0].equals(e.getKey())) {
        continue;
      }
      SchemaView s = e.getValue();
      out.add(new NamedSchema(e.getKey(), n[1], Markdown.render(s.description().orElse("")), expanded(s)));
    }
    return out;
  }

  /** A schema where it is used: a link when named, else its type and rows. */
  private SchemaDoc schemaDoc(SchemaView s) {
    String[] n = named.get(s.id());
    if (n != null) {
      return new SchemaDoc(n[0], Optional.of(n[1]), "", List.of());
    }
    return expanded(s);
  }

  /** A schema with its rows, even when named (for its own entry in the Schemas section). */
  private SchemaDoc expanded(SchemaView s) {
    List<Row> rows = new ArrayList<>();
    Set<String> path = new HashSet<>();
    path.add(s.id());
    rows(s, 0, rows, path);
    return new SchemaDoc(typeLabel(s, true), Optional.empty(), constraints(s), rows);
  }

  private void rows(SchemaView s, int depth, List<Row> out, Set<String> path) {
    if (depth >= MAX_DEPTH || out.size() > options.maxRowsPerSchema()) {
      return;
    }
    SchemaView container = s.mainType().filter("array"::equals).isPresent() && s.items().isPresent()
        ? s.items().get() : s;
    if (container != s && named.containsKey(container.id())) {
      return;
    }
    Map<String, SchemaView> props = new LinkedHashMap<>();
    Set<String> required = new LinkedHashSet<>();
    merge(container, props, required, new HashSet<>(), 0);
    for (Map.Entry<String, SchemaView> p : props.entrySet()) {
      SchemaView ps = p.getValue();
      String[] n = named.get(ps.id());
      out.add(new Row(depth, p.getKey(), typeLabel(ps), Optional.ofNullable(n).map(x -> x[1]),
          required.contains(p.getKey()), ps.deprecated(), constraints(ps),
          Markdown.render(ps.description().orElse(""))));
      if (n == null && path.add(ps.id())) {
        rows(ps, depth + 1, out, path);
        path.remove(ps.id());
      }
    }
    List<SchemaView> variants = !container.oneOf().isEmpty() ? container.oneOf() : container.anyOf();
    for (int i = 0; i < variants.size(); i++) {
      SchemaView v = variants.get(i);
      if (named.containsKey(v.id()) || v.properties().isEmpty() && v.allOf().isEmpty()) {
        continue;
      }
      out.add(new Row(depth, "(option " + (i + 1) + ")", typeLabel(v), Optional.empty(), false, false, "",
          Markdown.render(v.description().or(v::title).orElse(""))));
      if (path.add(v.id())) {
        rows(v, depth + 1, out, path);
        path.remove(v.id());
      }
    }
  }

  private static void merge(SchemaView s, Map<String, SchemaView> props, Set<String> required, Set<String> seen, int depth) {
    if (!seen.add(s.id()) || depth > 16) {
      return;
    }
    s.siblingRef().ifPresent(r -> merge(r, props, required, seen, depth + 1));
    s.allOf().forEach(p -> merge(p, props, required, seen, depth + 1));
    props.putAll(s.properties());
    required.addAll(s.required());
  }

  private String typeLabel(SchemaView s) {
    return typeLabel(s, false);
  }

  /** {@code string (date-time)}, {@code array of Pet}, {@code one of Cat | Dog}, {@code map of integer}. */
  private String typeLabel(SchemaView s, boolean ignoreOwnName) {
    return typeLabel(s, ignoreOwnName, 0);
  }

  private String typeLabel(SchemaView s, boolean ignoreOwnName, int depth) {
    if (depth > 6) {
      return "…";
    }
    String[] n = named.get(s.id());
    if (n != null && !ignoreOwnName) {
      return n[0];
    }
    if (s.isUnresolved()) {
      return "external";
    }
    if (s.acceptsAnything()) {
      return "any";
    }
    if (s.acceptsNothing()) {
      return "nothing";
    }
    List<SchemaView> variants = !s.oneOf().isEmpty() ? s.oneOf() : s.anyOf();
    if (!variants.isEmpty()) {
      List<String> labels = new ArrayList<>();
      for (SchemaView v : variants.subList(0, Math.min(8, variants.size()))) {
        labels.add(typeLabel(v, false, depth + 1));
      }
      return (s.oneOf().isEmpty() ? "any of " : "one of ") + String.join(" | ", labels)
          + (variants.size() > 8 ? " | …" : "");
    }
    if (!s.allOf().isEmpty() && s.types().isEmpty() && s.properties().isEmpty()) {
      List<String> labels = new ArrayList<>();
      for (SchemaView p : s.allOf()) {
        labels.add(typeLabel(p, false, depth + 1));
      }
      return labels.size() == 1 ? labels.get(0) : "all of " + String.join(" & ", labels);
    }
    Set<String> types = new LinkedHashSet<>(s.types());
    boolean nullable = types.remove("null") || s.nullable();
    String base;
    if (types.isEmpty()) {
      base = !s.properties().isEmpty() ? "object" : s.enumValues().isPresent() ? "enum" : "any";
    } else if (types.size() > 1) {
      base = String.join(" | ", types);
    } else {
      String t = types.iterator().next();
      if (t.equals("array")) {
        base = "array of " + s.items().map(i -> typeLabel(i, false, depth + 1)).orElse("any");
      } else if (t.equals("object") && s.properties().isEmpty() && s.additionalProperties().isPresent()) {
        base = "map of " + typeLabel(s.additionalProperties().get(), false, depth + 1);
      } else {
        base = t + s.format().map(f -> " (" + f + ")").orElse("");
      }
    }
    return nullable ? base + " | null" : base;
  }

  static String constraints(SchemaView s) {
    List<String> out = new ArrayList<>();
    s.enumValues().ifPresent(v -> out.add((v.size() == 1 ? "always " : "one of ") + enumText(v)));
    s.defaultValue().ifPresent(d -> out.add("default " + shortJson(d)));
    Optional<BigDecimal> min = s.minimum();
    Optional<BigDecimal> max = s.maximum();
    min.ifPresent(m -> out.add((s.exclusiveMinimum() ? "> " : "≥ ") + m.toPlainString()));
    max.ifPresent(m -> out.add((s.exclusiveMaximum() ? "< " : "≤ ") + m.toPlainString()));
    s.multipleOf().ifPresent(m -> out.add("multiple of " + m.toPlainString()));
    s.minLength().ifPresent(v -> out.add("min length " + v));
    s.maxLength().ifPresent(v -> out.add("max length " + v));
    s.pattern().ifPresent(p -> out.add("pattern " + (p.length() > 120 ? p.substring(0, 120) + "…" : p)));
    s.minItems().ifPresent(v -> out.add("min items " + v));
    s.maxItems().ifPresent(v -> out.add("max items " + v));
    if (s.uniqueItems()) {
      out.add("unique items");
    }
    if (s.readOnly()) {
      out.add("read-only");
    }
    if (s.writeOnly()) {
      out.add("write-only");
    }
    return String.join("; ", out);
  }

  private static String enumText(JsonNode values) {
    List<JsonNode> list = new ArrayList<>();
    values.forEach(list::add);
    return enumText(list);
  }

  private static String enumText(List<JsonNode> values) {
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < Math.min(MAX_ENUM_SHOWN, values.size()); i++) {
      shown.add(shortJson(values.get(i)));
    }
    return String.join(", ", shown) + (values.size() > MAX_ENUM_SHOWN ? " and " + (values.size() - MAX_ENUM_SHOWN) + " more" : "");
  }

  private static String shortJson(JsonNode v) {
    String s = v.toString();
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }

  private ExampleDoc example(String name, JsonNode value) {
    String json;
    try {
      json = value.isTextual() ? value.asText() : PRETTY.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      json = value.toString();
    }
    boolean truncated = json.length() > options.maxExampleChars();
    return new ExampleDoc(name, truncated ? json.substring(0, options.maxExampleChars()) : json, truncated);
  }
}
