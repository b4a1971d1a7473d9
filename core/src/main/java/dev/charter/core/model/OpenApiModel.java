package dev.charter.core.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An OpenAPI document (2.0, 3.0 or 3.1) as operations, schemes, servers and named schemas, with
 * Swagger 2.0 mapped onto the OpenAPI 3 shape so that a 2.0 → 3.0 migration compares by meaning.
 */
public final class OpenApiModel implements ApiModel {
  private static final List<String> DEFAULT_MEDIA = List.of("application/json");

  private final SpecDocument document;
  private final SchemaDialect dialect;
  private final Optional<String> title;
  private final Optional<String> version;
  private final List<Server> servers;
  private final List<SecurityRequirement> security;
  private final Map<String, SecurityScheme> securitySchemes;
  private final List<HttpOperation> operations;
  private final List<HttpOperation> webhooks;
  private final Map<String, SchemaView> schemas;

  private OpenApiModel(Builder b) {
    this.document = b.document;
    this.dialect = b.dialect;
    this.title = b.root.get("info").flatMap(i -> i.text("title"));
    this.version = b.root.get("info").flatMap(i -> i.text("version"));
    this.servers = List.copyOf(b.servers);
    this.security = List.copyOf(b.security);
    this.securitySchemes = java.util.Collections.unmodifiableMap(b.schemes);
    this.operations = List.copyOf(b.operations);
    this.webhooks = List.copyOf(b.webhooks);
    this.schemas = java.util.Collections.unmodifiableMap(b.schemas);
  }

  public static OpenApiModel of(SpecDocument document) {
    if (!document.version().isOpenApi()) {
      throw new IllegalArgumentException(document.version().label() + " is not OpenAPI");
    }
    return new OpenApiModel(new Builder(document).build());
  }

  @Override
  public SpecDocument document() {
    return document;
  }

  public SchemaDialect dialect() {
    return dialect;
  }

  public Optional<String> title() {
    return title;
  }

  /** {@code info.version}. */
  public Optional<String> apiVersion() {
    return version;
  }

  /** The document's servers; for a 3.x document without any, the single server {@code /}. */
  public List<Server> servers() {
    return servers;
  }

  /** The document-level security requirements. */
  public List<SecurityRequirement> security() {
    return security;
  }

  public Map<String, SecurityScheme> securitySchemes() {
    return securitySchemes;
  }

  public List<HttpOperation> operations() {
    return operations;
  }

  /** OpenAPI 3.1 webhooks: operations the API calls on its consumers. */
  public List<HttpOperation> webhooks() {
    return webhooks;
  }

  /** Named schemas: {@code components/schemas} (3.x) or {@code definitions} (2.0). */
  public Map<String, SchemaView> schemas() {
    return schemas;
  }

  public Optional<HttpOperation> operation(HttpMethod method, String path) {
    String key = HttpOperation.normalizePath(path);
    return operations.stream().filter(o -> o.method() == method && o.normalizedPath().equals(key)).findFirst();
  }

  /** Builds the model in one pass over the tree. */
  private static final class Builder {
    private final SpecDocument document;
    private final SpecNode root;
    private final SchemaDialect dialect;
    private final boolean swagger;
    private final List<Server> servers = new ArrayList<>();
    private final List<SecurityRequirement> security = new ArrayList<>();
    private final Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
    private final List<HttpOperation> operations = new ArrayList<>();
    private final List<HttpOperation> webhooks = new ArrayList<>();
    private final Map<String, SchemaView> schemas = new LinkedHashMap<>();
    private boolean rootSecurityDeclared;

    Builder(SpecDocument document) {
      this.document = document;
      this.root = document.rootNode();
      this.dialect = SchemaDialect.of(document.version());
      this.swagger = document.version().isSwagger();
    }

    Builder build() {
      if (swagger) {
        swaggerServers();
        root.get("securityDefinitions").ifPresent(this::swaggerSchemes);
        root.get("definitions").ifPresent(d -> namedSchemas(d));
      } else {
        servers.addAll(servers(root.get("servers"), root));
        root.get("components").flatMap(c -> c.get("securitySchemes")).ifPresent(this::schemes);
        root.get("components").flatMap(c -> c.get("schemas")).ifPresent(d -> namedSchemas(d));
      }
      rootSecurityDeclared = root.has("security");
      security.addAll(security(root.get("security")));
      root.get("paths").ifPresent(paths -> {
        for (Map.Entry<String, SpecNode> e : paths.fields()) {
          if (!e.getKey().startsWith("x-") && e.getValue().isObject()) {
            pathItem(e.getKey(), e.getValue(), false, operations);
          }
        }
      });
      root.get("webhooks").ifPresent(hooks -> {
        for (Map.Entry<String, SpecNode> e : hooks.fields()) {
          if (!e.getKey().startsWith("x-") && e.getValue().isObject()) {
            pathItem(e.getKey(), e.getValue(), true, webhooks);
          }
        }
      });
      return this;
    }

    private void namedSchemas(SpecNode map) {
      for (Map.Entry<String, SpecNode> e : map.fields()) {
        if (e.getValue().isObject() || e.getValue().value().isBoolean()) {
          schemas.put(e.getKey(), SchemaView.of(e.getValue(), dialect));
        }
      }
    }

    private void swaggerServers() {
      String host = root.text("host").orElse("");
      String basePath = root.text("basePath").orElse("");
      List<String> schemesList = new ArrayList<>();
      root.get("schemes").ifPresent(s -> s.elements().forEach(x -> schemesList.add(x.value().asText())));
      if (host.isEmpty()) {
        servers.add(new Server(basePath.isEmpty() ? "/" : basePath, Optional.empty(), Map.of(), root));
        return;
      }
      if (schemesList.isEmpty()) {
        schemesList.add("https");
      }
      for (String scheme : schemesList) {
        servers.add(new Server(scheme + "://" + host + basePath, Optional.empty(), Map.of(), root));
      }
    }

    private List<Server> servers(Optional<SpecNode> list, SpecNode owner) {
      List<Server> out = new ArrayList<>();
      if (list.isPresent()) {
        for (SpecNode s : list.get().elements()) {
          SpecNode server = s.resolved();
          Optional<String> url = server.text("url");
          if (url.isEmpty()) {
            continue;
          }
          Map<String, Server.Variable> vars = new LinkedHashMap<>();
          server.get("variables").ifPresent(v -> {
            for (Map.Entry<String, SpecNode> e : v.fields()) {
              SpecNode var = e.getValue().resolved();
              List<String> allowed = new ArrayList<>();
              var.get("enum").ifPresent(en -> en.elements().forEach(x -> allowed.add(x.value().asText())));
              vars.put(e.getKey(), new Server.Variable(e.getKey(),
                  var.get("default").map(d -> d.value().asText()), allowed, var));
            }
          });
          out.add(new Server(url.get(), server.text("description"), vars, server));
        }
      }
      if (out.isEmpty() && owner == root) {
        out.add(new Server("/", Optional.empty(), Map.of(), root));
      }
      return out;
    }

    private void schemes(SpecNode map) {
      for (Map.Entry<String, SpecNode> e : map.fields()) {
        SpecNode s = e.getValue().resolved();
        Map<String, Set<String>> flows = new LinkedHashMap<>();
        s.get("flows").ifPresent(f -> {
          for (Map.Entry<String, SpecNode> flow : f.fields()) {
            flows.put(flow.getKey(), scopes(flow.getValue().resolved()));
          }
        });
        schemes.put(e.getKey(), new SecurityScheme(e.getKey(), s.text("type").orElse(""),
            s.text("scheme").map(x -> x.toLowerCase(java.util.Locale.ROOT)), s.text("bearerFormat"),
            s.text("in"), s.text("name"), flows, s.text("openIdConnectUrl"), s));
      }
    }

    private void swaggerSchemes(SpecNode map) {
      for (Map.Entry<String, SpecNode> e : map.fields()) {
        SpecNode s = e.getValue().resolved();
        String type = s.text("type").orElse("");
        Map<String, Set<String>> flows = new LinkedHashMap<>();
        Optional<String> scheme = Optional.empty();
        if (type.equals("basic")) {
          type = "http";
          scheme = Optional.of("basic");
        } else if (type.equals("oauth2")) {
          String flow = switch (s.text("flow").orElse("")) {
            case "application" -> "clientCredentials";
            case "accessCode" -> "authorizationCode";
            default -> s.text("flow").orElse("implicit");
          };
          flows.put(flow, scopes(s));
        }
        schemes.put(e.getKey(), new SecurityScheme(e.getKey(), type, scheme, Optional.empty(), s.text("in"),
            s.text("name"), flows, Optional.empty(), s));
      }
    }

    private static Set<String> scopes(SpecNode flow) {
      Set<String> scopes = new LinkedHashSet<>();
      flow.get("scopes").ifPresent(sc -> sc.fields().forEach(x -> scopes.add(x.getKey())));
      return scopes;
    }

    private List<SecurityRequirement> security(Optional<SpecNode> list) {
      List<SecurityRequirement> out = new ArrayList<>();
      list.ifPresent(l -> {
        for (SpecNode req : l.elements()) {
          Map<String, List<String>> schemesUsed = new LinkedHashMap<>();
          for (Map.Entry<String, SpecNode> e : req.fields()) {
            List<String> scopes = new ArrayList<>();
            e.getValue().elements().forEach(x -> scopes.add(x.value().asText()));
            schemesUsed.put(e.getKey(), scopes);
          }
          out.add(new SecurityRequirement(schemesUsed, req));
        }
      });
      return out;
    }

    private void pathItem(String path, SpecNode itemRef, boolean webhook, List<HttpOperation> into) {
      SpecNode item = itemRef.resolved();
      List<SpecNode> pathParams = item.get("parameters").map(SpecNode::elements).orElse(List.of());
      List<Server> pathServers = servers(item.get("servers"), item);
      for (Map.Entry<String, SpecNode> e : item.fields()) {
        Optional<HttpMethod> method = HttpMethod.ofKey(e.getKey());
        if (method.isEmpty() || !e.getValue().isObject()) {
          continue;
        }
        into.add(operation(method.get(), path, item, e.getValue().resolved(), pathParams, pathServers, webhook));
      }
    }

    private HttpOperation operation(HttpMethod method, String path, SpecNode item, SpecNode op,
        List<SpecNode> pathParams, List<Server> pathServers, boolean webhook) {
      // Operation-level parameters override path-level ones with the same name and location.
      Map<String, SpecNode> merged = new LinkedHashMap<>();
      for (SpecNode p : pathParams) {
        SpecNode r = p.resolved();
        merged.put(r.text("in").orElse("") + ":" + r.text("name").orElse(""), r);
      }
      for (SpecNode p : op.get("parameters").map(SpecNode::elements).orElse(List.of())) {
        SpecNode r = p.resolved();
        String key = r.text("in").orElse("") + ":" + r.text("name").orElse("");
        merged.remove(key);
        merged.put(key, r);
      }
      List<Parameter> parameters = new ArrayList<>();
      SpecNode body = null;
      List<SpecNode> form = new ArrayList<>();
      for (SpecNode p : merged.values()) {
        String in = p.text("in").orElse("");
        if (swagger && in.equals("body")) {
          body = p;
        } else if (swagger && in.equals("formData")) {
          form.add(p);
        } else {
          parameters.add(parameter(p));
        }
      }
      Optional<RequestBody> requestBody;
      if (swagger) {
        requestBody = swaggerBody(op, body, form);
      } else {
        requestBody = op.get("requestBody").map(SpecNode::resolved).map(rb -> new RequestBody(
            rb.get("required").map(r -> r.value().asBoolean(false)).orElse(false), rb.text("description"),
            content(rb.get("content")), rb));
      }
      List<Response> responses = new ArrayList<>();
      op.get("responses").ifPresent(rs -> {
        for (Map.Entry<String, SpecNode> e : rs.fields()) {
          if (!e.getKey().startsWith("x-") && e.getValue().isObject()) {
            responses.add(swagger ? swaggerResponse(op, e.getKey(), e.getValue().resolved())
                : response(e.getKey(), e.getValue().resolved()));
          }
        }
      });
      boolean declared = op.has("security");
      List<SecurityRequirement> sec = declared ? security(op.get("security")) : security;
      List<Server> opServers = swagger ? servers : servers(op.get("servers"), op);
      if (opServers.isEmpty()) {
        opServers = pathServers.isEmpty() ? servers : pathServers;
      }
      List<HttpOperation.Callback> callbacks = new ArrayList<>();
      op.get("callbacks").ifPresent(cbs -> {
        for (Map.Entry<String, SpecNode> cb : cbs.fields()) {
          SpecNode callback = cb.getValue().resolved();
          for (Map.Entry<String, SpecNode> expr : callback.fields()) {
            if (expr.getKey().startsWith("x-") || !expr.getValue().isObject()) {
              continue;
            }
            List<HttpOperation> ops = new ArrayList<>();
            pathItem(expr.getKey(), expr.getValue(), false, ops);
            callbacks.add(new HttpOperation.Callback(cb.getKey(), expr.getKey(), ops, callback));
          }
        }
      });
      List<String> tags = new ArrayList<>();
      op.get("tags").ifPresent(t -> t.elements().forEach(x -> tags.add(x.value().asText())));
      return new HttpOperation(method, path, op.text("operationId"), op.text("summary"), tags,
          op.get("deprecated").map(d -> d.value().asBoolean(false)).orElse(false), parameters, requestBody,
          responses, sec, declared || rootSecurityDeclared, opServers, callbacks, webhook, item, op);
    }

    private Parameter parameter(SpecNode p) {
      String name = p.text("name").orElse("");
      String in = p.text("in").orElse("");
      boolean required = in.equals("path") || p.get("required").map(r -> r.value().asBoolean(false)).orElse(false);
      boolean deprecated = p.get("deprecated").map(r -> r.value().asBoolean(false)).orElse(false);
      boolean allowEmpty = p.get("allowEmptyValue").map(r -> r.value().asBoolean(false)).orElse(false);
      if (swagger) {
        String style;
        boolean explode;
        boolean array = "array".equals(p.text("type").orElse(""));
        String format = p.text("collectionFormat").orElse("csv");
        if (!array) {
          style = in.equals("query") ? "form" : "simple";
          explode = in.equals("query");
        } else {
          switch (format) {
            case "multi" -> {
              style = "form";
              explode = true;
            }
            case "ssv" -> {
              style = "spaceDelimited";
              explode = false;
            }
            case "pipes" -> {
              style = "pipeDelimited";
              explode = false;
            }
            case "tsv" -> {
              style = "tabDelimited";
              explode = false;
            }
            default -> {
              style = in.equals("query") ? "form" : "simple";
              explode = false;
            }
          }
        }
        return new Parameter(name, in, required, deprecated, Optional.of(SchemaView.of(p, dialect)), style, explode,
            allowEmpty, false, List.of(), examples(p), p);
      }
      String defaultStyle = switch (in) {
        case "query", "cookie" -> "form";
        default -> "simple";
      };
      String style = p.text("style").orElse(defaultStyle);
      boolean explode = p.get("explode").map(x -> x.value().asBoolean()).orElse(style.equals("form"));
      List<MediaType> content = content(p.get("content"));
      Optional<SchemaView> schema = p.get("schema").map(s -> SchemaView.of(s, dialect));
      if (schema.isEmpty() && !content.isEmpty()) {
        schema = content.get(0).schema();
      }
      return new Parameter(name, in, required, deprecated, schema, style, explode, allowEmpty,
          p.get("allowReserved").map(x -> x.value().asBoolean(false)).orElse(false), content, examples(p), p);
    }

    private List<Example> examples(SpecNode owner) {
      List<Example> out = new ArrayList<>();
      owner.get("example").ifPresent(e -> out.add(new Example(Optional.empty(), Optional.of(e.value()), Optional.empty(), e)));
      owner.get("examples").filter(SpecNode::isObject).ifPresent(map -> {
        for (Map.Entry<String, SpecNode> e : map.fields()) {
          SpecNode ex = e.getValue().resolved();
          out.add(new Example(Optional.of(e.getKey()), ex.get("value").map(SpecNode::value),
              ex.text("externalValue"), ex));
        }
      });
      return out;
    }

    private List<MediaType> content(Optional<SpecNode> content) {
      List<MediaType> out = new ArrayList<>();
      content.ifPresent(c -> {
        for (Map.Entry<String, SpecNode> e : c.fields()) {
          SpecNode mt = e.getValue().resolved();
          out.add(new MediaType(e.getKey(), mt.get("schema").map(s -> SchemaView.of(s, dialect)), examples(mt),
              mt.get("encoding"), mt));
        }
      });
      return out;
    }

    private Response response(String status, SpecNode r) {
      List<Header> headers = new ArrayList<>();
      r.get("headers").ifPresent(hs -> {
        for (Map.Entry<String, SpecNode> e : hs.fields()) {
          SpecNode h = e.getValue().resolved();
          Optional<SchemaView> schema = h.get("schema").map(s -> SchemaView.of(s, dialect));
          if (schema.isEmpty()) {
            List<MediaType> c = content(h.get("content"));
            schema = c.isEmpty() ? Optional.empty() : c.get(0).schema();
          }
          headers.add(new Header(e.getKey(), h.get("required").map(x -> x.value().asBoolean(false)).orElse(false),
              h.get("deprecated").map(x -> x.value().asBoolean(false)).orElse(false), schema, examples(h), h));
        }
      });
      return new Response(status, r.text("description"), headers, content(r.get("content")), r.get("links"), r);
    }

    private List<String> mediaTypes(SpecNode op, String key) {
      Optional<SpecNode> list = op.get(key).or(() -> root.get(key));
      List<String> out = new ArrayList<>();
      list.ifPresent(l -> l.elements().forEach(x -> out.add(x.value().asText())));
      return out.isEmpty() ? DEFAULT_MEDIA : out;
    }

    private Optional<RequestBody> swaggerBody(SpecNode op, SpecNode body, List<SpecNode> form) {
      if (body != null) {
        Optional<SchemaView> schema = body.get("schema").map(s -> SchemaView.of(s, dialect));
        List<Example> examples = new ArrayList<>();
        body.get("x-examples").ifPresent(x -> x.fields().forEach(e ->
            examples.add(new Example(Optional.of(e.getKey()), Optional.of(e.getValue().value()), Optional.empty(), e.getValue()))));
        List<MediaType> content = new ArrayList<>();
        for (String type : mediaTypes(op, "consumes")) {
          content.add(new MediaType(type, schema, examples, Optional.empty(), body));
        }
        return Optional.of(new RequestBody(body.get("required").map(r -> r.value().asBoolean(false)).orElse(false),
            body.text("description"), content, body));
      }
      if (form.isEmpty()) {
        return Optional.empty();
      }
      // Swagger 2.0 form parameters become one object schema, as OpenAPI 3 writes them.
      ObjectNode schema = JsonNodeFactory.instance.objectNode();
      schema.put("type", "object");
      ObjectNode props = schema.putObject("properties");
      ArrayNode required = JsonNodeFactory.instance.arrayNode();
      boolean anyRequired = false;
      for (SpecNode f : form) {
        String name = f.text("name").orElse("");
        ObjectNode prop = ((ObjectNode) f.value()).deepCopy();
        prop.remove(List.of("name", "in", "required", "allowEmptyValue", "collectionFormat", "description"));
        props.set(name, prop);
        if (f.get("required").map(r -> r.value().asBoolean(false)).orElse(false)) {
          required.add(name);
          anyRequired = true;
        }
      }
      if (!required.isEmpty()) {
        schema.set("required", required);
      }
      SpecNode anchor = op.get("parameters").orElse(op);
      SpecNode synthetic = new SpecNode(document, anchor.file(), anchor.pointer(), schema);
      List<String> consumes = new ArrayList<>(mediaTypes(op, "consumes"));
      consumes.removeIf(t -> !t.startsWith("application/x-www-form-urlencoded") && !t.startsWith("multipart/form-data"));
      if (consumes.isEmpty()) {
        consumes.add(form.stream().anyMatch(f -> "file".equals(f.text("type").orElse("")))
            ? "multipart/form-data" : "application/x-www-form-urlencoded");
      }
      List<MediaType> content = new ArrayList<>();
      for (String type : consumes) {
        content.add(new MediaType(type, Optional.of(SchemaView.of(synthetic, dialect)), List.of(), Optional.empty(), anchor));
      }
      return Optional.of(new RequestBody(anyRequired, Optional.empty(), content, anchor));
    }

    private Response swaggerResponse(SpecNode op, String status, SpecNode r) {
      List<Header> headers = new ArrayList<>();
      r.get("headers").ifPresent(hs -> {
        for (Map.Entry<String, SpecNode> e : hs.fields()) {
          SpecNode h = e.getValue().resolved();
          headers.add(new Header(e.getKey(), false, false, Optional.of(SchemaView.of(h, dialect)), List.of(), h));
        }
      });
      List<MediaType> content = new ArrayList<>();
      Optional<SpecNode> schema = r.get("schema");
      if (schema.isPresent()) {
        for (String type : mediaTypes(op, "produces")) {
          List<Example> examples = new ArrayList<>();
          r.get("examples").flatMap(ex -> ex.get(type)).ifPresent(ex ->
              examples.add(new Example(Optional.empty(), Optional.of(ex.value()), Optional.empty(), ex)));
          content.add(new MediaType(type, Optional.of(SchemaView.of(schema.get(), dialect)), examples,
              Optional.empty(), r));
        }
      }
      return new Response(status, r.text("description"), headers, content, Optional.empty(), r);
    }
  }
}
