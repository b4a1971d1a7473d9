package dev.charter.compat.http;

import dev.charter.compat.Comparison;
import dev.charter.compat.Check;
import dev.charter.compat.Direction;
import dev.charter.compat.security.SecurityCheck;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.model.OpenApiModel;
import dev.charter.core.model.Parameter;
import dev.charter.core.model.Response;
import dev.charter.core.model.Server;
import dev.charter.core.spec.SpecNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Compares two OpenAPI documents (any of 2.0, 3.0, 3.1, in any combination) operation by
 * operation. Operations are matched by method and path with parameter names erased and the base
 * path all servers share put in front, so renaming a path parameter or moving {@code /v1} between
 * the server and the paths matches the same operation. Parameters are matched by location and
 * name (path parameters by their place in the template), responses by status, media types as HTTP
 * matches them.
 */
public final class HttpComparison {
  /** Every check of an OpenAPI comparison, for the catalogue. */
  public static final List<Check> CHECKS = List.of(new OperationRemovedCheck(), new OperationAddedCheck(),
      new OperationLifecycleCheck(), new OperationIdChangedCheck(), new PathParameterRenamedCheck(),
      new ParameterRemovedCheck(), new ParameterAddedCheck(), new ParameterRequirednessCheck(),
      new ParameterSerializationCheck(), new ParameterDeprecatedCheck(), new RequestBodyCheck(),
      new MediaTypesCheck(), new ResponseStatusCheck(), new ResponseHeaderCheck(), new SecurityCheck(),
      new SecuritySchemeCheck(), new ServersCheck(), new CallbacksCheck());

  /** Request headers OpenAPI says are described elsewhere and ignores as parameters. */
  private static final Set<String> IGNORED_HEADERS = Set.of("accept", "content-type", "authorization");

  private final OperationRemovedCheck operationRemoved = new OperationRemovedCheck();
  private final OperationAddedCheck operationAdded = new OperationAddedCheck();
  private final OperationLifecycleCheck lifecycle = new OperationLifecycleCheck();
  private final OperationIdChangedCheck operationId = new OperationIdChangedCheck();
  private final PathParameterRenamedCheck pathRenamed = new PathParameterRenamedCheck();
  private final ParameterRemovedCheck parameterRemoved = new ParameterRemovedCheck();
  private final ParameterAddedCheck parameterAdded = new ParameterAddedCheck();
  private final ParameterRequirednessCheck parameterRequired = new ParameterRequirednessCheck();
  private final ParameterSerializationCheck serialization = new ParameterSerializationCheck();
  private final ParameterDeprecatedCheck parameterDeprecated = new ParameterDeprecatedCheck();
  private final RequestBodyCheck requestBody = new RequestBodyCheck();
  private final MediaTypesCheck mediaTypes = new MediaTypesCheck();
  private final ResponseStatusCheck statuses = new ResponseStatusCheck();
  private final ResponseHeaderCheck headers = new ResponseHeaderCheck();
  private final SecurityCheck security = new SecurityCheck();
  private final SecuritySchemeCheck securitySchemes = new SecuritySchemeCheck();
  private final ServersCheck servers = new ServersCheck();
  private final CallbacksCheck callbacks = new CallbacksCheck();

  private final HttpContext root;
  /** The context of what is compared now: {@link #root}, or the one of a callback or webhook. */
  private HttpContext ctx;
  private final String oldBase;
  private final String newBase;
  /**
   * The base path changed ({@code /v1} → {@code /v2}) and the operations are matched by their
   * path under it: the move is one change of the servers, not every operation removed and added.
   */
  private final boolean underBase;
  private final Map<String, String> schemeAliases;

  public HttpComparison(OpenApiModel oldModel, OpenApiModel newModel, Comparison comparison,
      BiFunction<String, String, Optional<Instant>> deprecatedSince) {
    this.root = new HttpContext(oldModel, newModel, comparison, deprecatedSince);
    this.ctx = root;
    this.oldBase = ServersCheck.commonBase(oldModel.servers());
    this.newBase = ServersCheck.commonBase(newModel.servers());
    this.underBase = !oldBase.equals(newBase) && matchedUnderBase(oldModel.operations(), newModel.operations());
    this.schemeAliases = SecuritySchemeCheck.aliases(oldModel.securitySchemes(), newModel.securitySchemes());
  }

  /**
   * Whether more operations match by their path under the base path than by their full path: the
   * base path changed ({@code /v1} → {@code /v2}) rather than moved between the servers and the
   * paths (which the full path matches).
   */
  private boolean matchedUnderBase(List<HttpOperation> old, List<HttpOperation> neu) {
    Set<String> full = new java.util.HashSet<>();
    Set<String> under = new java.util.HashSet<>();
    for (HttpOperation op : neu) {
      full.add(key(op, newBase));
      under.add(key(op, ""));
    }
    int byFull = 0;
    int byUnder = 0;
    for (HttpOperation op : old) {
      byFull += full.contains(key(op, oldBase)) ? 1 : 0;
      byUnder += under.contains(key(op, "")) ? 1 : 0;
    }
    return byUnder > byFull;
  }

  /** The key operations are matched by in this comparison. */
  private String matchKey(HttpOperation op, String base) {
    return key(op, underBase ? "" : base);
  }

  /** The key an operation is matched by across versions. */
  public static String key(HttpOperation op, String basePath) {
    if (op.webhook()) {
      return "webhook " + op.path() + " " + op.method();
    }
    return op.method() + " " + HttpOperation.normalizePath(basePath + op.path());
  }

  public static String basePath(OpenApiModel model) {
    return ServersCheck.commonBase(model.servers());
  }

  public void run() {
    OpenApiModel o = ctx.oldModel;
    OpenApiModel n = ctx.newModel;
    SpecNode oldRoot = o.document().rootNode();
    SpecNode newRoot = n.document().rootNode();
    servers.check(ctx, "servers", o.servers(), n.servers(), oldBase, newBase,
        oldRoot.get("servers").orElse(oldRoot), newRoot.get("servers").orElse(newRoot));
    if (underBase) {
      servers.basePathChanged(ctx, "servers", o.servers(), n.servers(), oldBase, newBase,
          oldRoot.get("servers").orElse(oldRoot), newRoot.get("servers").orElse(newRoot));
    }
    Set<String> used = new java.util.HashSet<>();
    o.security().forEach(r -> used.addAll(r.schemes().keySet()));
    o.operations().forEach(op -> op.security().forEach(r -> used.addAll(r.schemes().keySet())));
    o.webhooks().forEach(op -> op.security().forEach(r -> used.addAll(r.schemes().keySet())));
    securitySchemes.check(ctx, o.securitySchemes(), n.securitySchemes(), used);
    operations(o.operations(), n.operations(), oldRoot.get("paths").orElse(oldRoot), newRoot.get("paths").orElse(newRoot));
    operations(o.webhooks(), n.webhooks(), oldRoot.get("webhooks").orElse(oldRoot), newRoot.get("webhooks").orElse(newRoot));
    info(oldRoot, newRoot);
    ctx.comparison.finish();
  }

  private void operations(List<HttpOperation> old, List<HttpOperation> neu, SpecNode oldParent, SpecNode newParent) {
    Map<String, List<HttpOperation>> byKey = new LinkedHashMap<>();
    for (HttpOperation op : neu) {
      byKey.computeIfAbsent(matchKey(op, newBase), k -> new ArrayList<>()).add(op);
    }
    for (HttpOperation op : old) {
      // The key of the old version (its full path) is what the deprecation history knows it by.
      String key = key(op, oldBase);
      List<HttpOperation> candidates = byKey.getOrDefault(matchKey(op, oldBase), List.of());
      HttpOperation match = candidates.stream().filter(c -> c.path().equals(op.path())).findFirst()
          .orElse(candidates.isEmpty() ? null : candidates.get(0));
      if (match == null) {
        operationRemoved.check(ctx, op, key, subject(op), newParent.get(op.path()).orElse(newParent));
        continue;
      }
      removeSame(candidates, match);
      operation(key, op, match, subject(match), false);
    }
    for (List<HttpOperation> rest : byKey.values()) {
      for (HttpOperation op : rest) {
        operationAdded.check(ctx, op, subject(op), oldParent.get(op.path()).orElse(oldParent));
      }
    }
  }

  private static String subject(HttpOperation op) {
    return op.webhook() ? "webhook " + op.path() + " " + op.method() : op.display();
  }

  /**
   * Compares two versions of one operation.
   *
   * @param reversed for callbacks: the API sends the request and receives the response
   */
  private void operation(String key, HttpOperation o, HttpOperation n, String subject, boolean reversed) {
    HttpContext outer = ctx;
    String role = reversed ? "callback" : n.webhook() ? "webhook" : null;
    ctx = role == null ? root : root.within(role);
    try {
      compareOperation(key, o, n, subject, reversed);
    } finally {
      ctx = outer;
    }
  }

  private void compareOperation(String key, HttpOperation o, HttpOperation n, String subject, boolean reversed) {
    boolean flip = reversed || n.webhook();
    Direction requestDirection = flip ? Direction.OUTPUT : Direction.INPUT;
    Direction responseDirection = requestDirection.flip();
    lifecycle.check(ctx, o, n, subject);
    operationId.check(ctx, o, n, subject);
    pathRenamed.check(ctx, o, n, subject);
    parameters(key, o, n, subject, requestDirection);
    if (requestBody.check(ctx, subject, o.requestBody(), n.requestBody(), o.node(), n.node(), requestDirection)) {
      var ob = o.requestBody().get();
      var nb = n.requestBody().get();
      mediaTypes.check(ctx, subject, "request", "request body", ob.content(), nb.content(), ob.node(), nb.node(),
          requestDirection);
      if (!description(ob.node(), written(o.node(), "requestBody")).equals(description(nb.node(), written(n.node(), "requestBody")))) {
        ctx.documentation(subject, "description of the request body", ob.node(), nb.node());
      }
    }
    responses(o, n, subject, responseDirection);
    if (!reversed) {
      security.check(ctx.sink, subject, SecurityCheck.alternatives(o.security(), Map.of()),
          SecurityCheck.alternatives(n.security(), schemeAliases), o.node().get("security").orElse(o.node()),
          n.node().get("security").orElse(n.node()));
      operationServers(o, n, subject);
    }
    callbacks(key, o, n, subject);
    operationDocs(o, n, subject);
  }

  private void parameters(String key, HttpOperation o, HttpOperation n, String subject, Direction direction) {
    Map<String, Parameter> old = parameterMap(o);
    Map<String, Parameter> neu = parameterMap(n);
    SpecNode newParams = n.node().get("parameters").orElse(n.node());
    SpecNode oldParams = o.node().get("parameters").orElse(o.node());
    for (Map.Entry<String, Parameter> e : old.entrySet()) {
      Parameter op = e.getValue();
      Parameter np = neu.get(e.getKey());
      if (np == null) {
        parameterRemoved.check(ctx, key, subject, op, newParams);
        continue;
      }
      parameterRequired.check(ctx, subject, op, np, direction);
      parameterDeprecated.check(ctx, subject, op, np);
      serialization.check(ctx, subject, op, np, direction);
      // A parameter with a schema travels as text; one with content carries a serialised document.
      boolean text = op.content().isEmpty() && np.content().isEmpty();
      ctx.schema(subject, "request", ParameterNames.describe(np), op.schema(), np.schema(), direction, op.node(), np.node(),
          text);
      if (!description(op.node(), writtenParameters(o)).equals(description(np.node(), writtenParameters(n)))) {
        ctx.documentation(subject, "description of " + ParameterNames.describe(np), op.node(), np.node());
      }
      if (!MediaTypesCheck.examples(op.examples()).equals(MediaTypesCheck.examples(np.examples()))) {
        ctx.documentation(subject, "examples of " + ParameterNames.describe(np), op.node(), np.node());
      }
    }
    for (Map.Entry<String, Parameter> e : neu.entrySet()) {
      if (!old.containsKey(e.getKey())) {
        parameterAdded.check(ctx, subject, e.getValue(), oldParams, direction);
      }
    }
  }

  /** Parameters by how they are matched: path parameters by their place in the template, others by location and name. */
  private static Map<String, Parameter> parameterMap(HttpOperation op) {
    Map<String, Parameter> out = new LinkedHashMap<>();
    List<String> template = op.templateParameters();
    for (Parameter p : op.parameters()) {
      if (p.in().equals("header") && IGNORED_HEADERS.contains(p.name().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int at = p.in().equals("path") ? template.indexOf(p.name()) : -1;
      out.put(at >= 0 ? "path#" + at : p.matchKey(), p);
    }
    return out;
  }

  private void responses(HttpOperation o, HttpOperation n, String subject, Direction direction) {
    Map<String, Response> old = responseMap(o);
    Map<String, Response> neu = responseMap(n);
    SpecNode newResponses = n.node().get("responses").orElse(n.node());
    SpecNode oldResponses = o.node().get("responses").orElse(o.node());
    for (Map.Entry<String, Response> e : old.entrySet()) {
      Response or = e.getValue();
      Response nr = neu.get(e.getKey());
      if (nr != null) {
        response(subject, or, nr, direction, o, n);
        continue;
      }
      Response covering = covering(neu, or, true);
      if (covering != null) {
        response(subject, or, covering, direction, o, n);
      }
      statuses.removed(ctx, subject, or, written(o, or), covering, newResponses, direction);
    }
    for (Map.Entry<String, Response> e : neu.entrySet()) {
      if (old.containsKey(e.getKey())) {
        continue;
      }
      Response covering = covering(old, e.getValue(), false);
      if (covering != null) {
        response(subject, covering, e.getValue(), direction, o, n);
      }
      statuses.added(ctx, subject, e.getValue(), written(n, e.getValue()), covering, oldResponses, direction);
    }
  }

  /**
   * Where a response is listed in its operation: its status entry, also when that is a {@code $ref}
   * to a shared response (adding or removing a status is an edit of the operation, not of the
   * component).
   */
  private static SpecNode written(HttpOperation op, Response r) {
    return op.node().get("responses").flatMap(rs -> rs.get(r.status())).orElse(r.node());
  }

  private static Map<String, Response> responseMap(HttpOperation op) {
    Map<String, Response> out = new LinkedHashMap<>();
    for (Response r : op.responses()) {
      out.put(r.status().toUpperCase(Locale.ROOT), r);
    }
    return out;
  }

  /**
   * The response of {@code in} whose range covers {@code r}'s status ({@code 4XX} for 404); for a
   * removed status the default response also counts, for an added one it does not (a default
   * response describes errors).
   */
  private static Response covering(Map<String, Response> in, Response r, boolean allowDefault) {
    String status = r.status();
    if (status.length() == 3 && Character.isDigit(status.charAt(1))) {
      Response range = in.get(status.charAt(0) + "XX");
      if (range != null) {
        return range;
      }
    }
    if (allowDefault && !r.isDefault() && (r.statusClass() >= 4)) {
      return in.get("DEFAULT");
    }
    return null;
  }

  private void response(String subject, Response o, Response n, Direction direction, HttpOperation oldOp,
      HttpOperation newOp) {
    String where = "response " + n.status();
    headers.check(ctx, subject, o, n, direction);
    mediaTypes.check(ctx, subject, "response", where, o.content(), n.content(), o.node(), n.node(), direction);
    if (!description(o.node(), written(oldOp.node(), "responses"))
        .equals(description(n.node(), written(newOp.node(), "responses")))) {
      ctx.documentation(subject, "description of " + where, o.node(), n.node());
    }
  }

  /**
   * The description of {@code resolved} as written where {@code written} holds it: in OpenAPI 3.1
   * a description beside a {@code $ref} overrides the referenced object's (a Reference Object's
   * description), elsewhere the object's own.
   */
  static java.util.Optional<String> description(SpecNode resolved, List<SpecNode> written) {
    for (SpecNode w : written) {
      if (w.isRef() && w.has("description") && w.document().version() == dev.charter.core.spec.SpecVersion.OPENAPI_3_1
          && w.resolved().toString().equals(resolved.toString())) {
        return w.text("description");
      }
    }
    return resolved.text("description");
  }

  /** The objects written in the member {@code key} of {@code owner}: itself, or its entries or elements. */
  static List<SpecNode> written(SpecNode owner, String key) {
    Optional<SpecNode> member = owner.get(key);
    if (member.isEmpty()) {
      return List.of();
    }
    SpecNode m = member.get();
    if (m.isArray()) {
      return m.elements();
    }
    if (m.isRef()) {
      return List.of(m);
    }
    return m.fields().stream().map(Map.Entry::getValue).toList();
  }

  /** The parameters as written on the operation and on its path item. */
  private static List<SpecNode> writtenParameters(HttpOperation op) {
    List<SpecNode> out = new ArrayList<>(written(op.node(), "parameters"));
    SpecNode node = op.node();
    node.document().node(node.file(), dev.charter.core.parse.JsonPointers.parent(node.pointer()))
        .ifPresent(item -> out.addAll(written(item, "parameters")));
    return out;
  }

  private void operationServers(HttpOperation o, HttpOperation n, String subject) {
    boolean oldOwn = !sameServers(o.servers(), ctx.oldModel.servers());
    boolean newOwn = !sameServers(n.servers(), ctx.newModel.servers());
    if (oldOwn || newOwn) {
      servers.check(ctx, subject, o.servers(), n.servers(), oldBase, newBase, o.node(), n.node());
    }
  }

  private static boolean sameServers(List<Server> a, List<Server> b) {
    return a.stream().map(Server::url).toList().equals(b.stream().map(Server::url).toList());
  }

  private void callbacks(String key, HttpOperation o, HttpOperation n, String subject) {
    Map<String, HttpOperation.Callback> old = new LinkedHashMap<>();
    o.callbacks().forEach(c -> old.put(c.name() + " " + c.expression(), c));
    Map<String, HttpOperation.Callback> neu = new LinkedHashMap<>();
    n.callbacks().forEach(c -> neu.put(c.name() + " " + c.expression(), c));
    for (Map.Entry<String, HttpOperation.Callback> e : old.entrySet()) {
      HttpOperation.Callback nc = neu.get(e.getKey());
      if (nc == null) {
        callbacks.removed(ctx, subject, e.getValue(), n.node());
        continue;
      }
      for (HttpOperation oop : e.getValue().operations()) {
        String sub = subject + " callback " + e.getValue().name() + " " + oop.method();
        Optional<HttpOperation> nop = nc.operations().stream().filter(x -> x.method() == oop.method()).findFirst();
        if (nop.isEmpty()) {
          callbacks.operationRemoved(ctx, sub, e.getValue(), oop, nc.node());
        } else {
          operation(key + " callback " + e.getKey() + " " + oop.method(), oop, nop.get(), sub, true);
        }
      }
      for (HttpOperation nop : nc.operations()) {
        if (e.getValue().operations().stream().noneMatch(x -> x.method() == nop.method())) {
          callbacks.operationAdded(ctx, subject + " callback " + nc.name() + " " + nop.method(), nc, nop,
              e.getValue().node());
        }
      }
    }
    for (Map.Entry<String, HttpOperation.Callback> e : neu.entrySet()) {
      if (!old.containsKey(e.getKey())) {
        callbacks.added(ctx, subject, e.getValue(), o.node());
      }
    }
  }

  private void operationDocs(HttpOperation o, HttpOperation n, String subject) {
    if (!o.summary().equals(n.summary())) {
      ctx.documentation(subject, "summary", o.node().get("summary").orElse(o.node()), n.node().get("summary").orElse(n.node()));
    }
    if (!o.node().text("description").equals(n.node().text("description"))) {
      ctx.documentation(subject, "description", o.node().get("description").orElse(o.node()),
          n.node().get("description").orElse(n.node()));
    }
    if (!Objects.equals(o.node().get("externalDocs").map(SpecNode::value).orElse(null),
        n.node().get("externalDocs").map(SpecNode::value).orElse(null))) {
      ctx.documentation(subject, "externalDocs", o.node(), n.node());
    }
    if (!Set.copyOf(o.tags()).equals(Set.copyOf(n.tags()))) {
      ctx.documentation(subject, "tags", o.node().get("tags").orElse(o.node()), n.node().get("tags").orElse(n.node()));
    }
  }

  private void info(SpecNode oldRoot, SpecNode newRoot) {
    SpecNode oi = oldRoot.get("info").orElse(oldRoot);
    SpecNode ni = newRoot.get("info").orElse(newRoot);
    for (String field : List.of("title", "description", "termsOfService", "contact", "license", "summary")) {
      if (!Objects.equals(oi.get(field).map(SpecNode::value).orElse(null), ni.get(field).map(SpecNode::value).orElse(null))) {
        ctx.documentation("info", field, oi.get(field).orElse(oi), ni.get(field).orElse(ni));
      }
    }
    for (String field : List.of("tags", "externalDocs")) {
      if (!Objects.equals(oldRoot.get(field).map(SpecNode::value).orElse(null), newRoot.get(field).map(SpecNode::value).orElse(null))) {
        ctx.documentation("info", field, oldRoot.get(field).orElse(oldRoot), newRoot.get(field).orElse(newRoot));
      }
    }
  }

  /** Removes {@code item} itself (records compare their nodes deeply: slow, and not what is meant). */
  private static <T> void removeSame(java.util.List<T> list, T item) {
    for (int k = 0; k < list.size(); k++) {
      if (list.get(k) == item) {
        list.remove(k);
        return;
      }
    }
  }
}
