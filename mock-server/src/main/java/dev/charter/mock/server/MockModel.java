package dev.charter.mock.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.model.OpenApiModel;
import dev.charter.core.model.Response;
import dev.charter.core.model.Server;
import dev.charter.core.spec.Bundler;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.validate.InstanceValidator;
import dev.charter.core.validate.SafeRegex;
import dev.charter.mock.MockOptions;
import dev.charter.mock.respond.PreparedResponse;
import dev.charter.mock.respond.ResponsePreparer;
import dev.charter.mock.router.Router;
import dev.charter.mock.validate.RequestValidator;
import dev.charter.mock.validate.SecurityCheck;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the mock serves for one version of the spec, built once when it is loaded: the
 * router, each operation's request checks and prepared responses. Immutable; a reload builds a
 * new one and swaps it in whole.
 */
final class MockModel {
  /**
   * Patterns that RE2 cannot run fall back to a backtracking engine; on the request path each
   * match gets at most 20 ms and 4 K characters, so one hostile value costs one request little.
   */
  static final SafeRegex REQUEST_REGEX = SafeRegex.withLimits(new SafeRegex.Limits(4096, Duration.ofMillis(20)));

  final SpecDocument document;
  final OpenApiModel api;
  final Router<MockOperation> router;
  final String firstBasePath;
  final int operations;
  private final ObjectMapper json;
  private volatile byte[] docsSpec;

  private MockModel(SpecDocument document, OpenApiModel api, Router<MockOperation> router, String firstBasePath,
      int operations, ObjectMapper json) {
    this.document = document;
    this.api = api;
    this.router = router;
    this.firstBasePath = firstBasePath;
    this.operations = operations;
    this.json = json;
  }

  /** @throws IllegalArgumentException when the document is not OpenAPI */
  static MockModel build(SpecDocument document, MockOptions options, ObjectMapper json) {
    if (!document.version().isOpenApi()) {
      throw new IllegalArgumentException(document.root().name() + " is " + document.version().label()
          + "; charter mock serves OpenAPI (2.0, 3.0, 3.1) documents");
    }
    OpenApiModel api = OpenApiModel.of(document);
    InstanceValidator validator = new InstanceValidator(document,
        new InstanceValidator.Options(REQUEST_REGEX, true, 50));
    ResponsePreparer preparer = new ResponsePreparer(json);
    Router.Builder<MockOperation> routes = Router.builder();
    Set<String> bases = new LinkedHashSet<>();
    for (Server s : api.servers()) {
      bases.add(s.basePath());
    }
    int count = 0;
    for (HttpOperation op : api.operations()) {
      routes.add(op.path(), op.method(), operation(op, api, validator, preparer, options));
      count++;
    }
    routes.basePaths(bases);
    String first = api.servers().isEmpty() ? "" : api.servers().get(0).basePath();
    return new MockModel(document, api, routes.build(), first, count, json);
  }

  private static MockOperation operation(HttpOperation op, OpenApiModel api, InstanceValidator validator,
      ResponsePreparer preparer, MockOptions options) {
    List<PreparedResponse> responses = new ArrayList<>();
    for (Response r : op.responses()) {
      responses.add(preparer.prepare(r, statusOf(r)));
    }
    PreparedResponse success = pick(responses, true);
    PreparedResponse invalid = exact(responses, "400");
    if (invalid == null) {
      invalid = exact(responses, "422");
    }
    SecurityCheck security = new SecurityCheck(op.security(), api.securitySchemes(), options.verifyJwt(),
        options.clock());
    return new MockOperation(op, new RequestValidator(op, validator), security, List.copyOf(responses), success,
        invalid, exact(responses, "401"), exact(responses, "403"), op.display());
  }

  /** The code a documented status is sent with: itself, 2XX as 200, default as 200. */
  private static int statusOf(Response r) {
    String s = r.status();
    if (s.length() == 3 && Character.isDigit(s.charAt(0)) && Character.isDigit(s.charAt(1))
        && Character.isDigit(s.charAt(2))) {
      return Integer.parseInt(s);
    }
    int c = r.statusClass();
    return c >= 1 && c <= 5 ? c * 100 : 200;
  }

  private static PreparedResponse exact(List<PreparedResponse> responses, String status) {
    for (PreparedResponse r : responses) {
      if (r.response().status().equals(status)) {
        return r;
      }
    }
    return null;
  }

  /** The first documented 2xx; else a 2XX range; else default; else the first response. */
  private static PreparedResponse pick(List<PreparedResponse> responses, boolean success) {
    for (PreparedResponse r : responses) {
      String s = r.response().status();
      if (s.length() == 3 && s.charAt(0) == '2' && Character.isDigit(s.charAt(1))) {
        return r;
      }
    }
    for (PreparedResponse r : responses) {
      if (r.response().isSuccess()) {
        return r;
      }
    }
    for (PreparedResponse r : responses) {
      if (r.response().isDefault()) {
        return r.withStatus(200);
      }
    }
    return responses.isEmpty() ? null : responses.get(0);
  }

  /**
   * The spec as JSON for the live docs: all files bundled into one, and its servers pointed at the
   * mock itself (relative URLs), so that "try it out" calls the mock.
   */
  byte[] docsSpec() {
    byte[] b = docsSpec;
    if (b == null) {
      JsonNode tree = Bundler.bundle(document).tree();
      ObjectNode copy = tree.isObject() ? ((ObjectNode) tree).deepCopy() : json.createObjectNode();
      if (document.version().isSwagger()) {
        copy.remove("host");
        copy.putArray("schemes").add("http");
      } else {
        ArrayNode servers = copy.putArray("servers");
        Set<String> seen = new LinkedHashSet<>();
        for (Server s : api.servers()) {
          String base = s.basePath().isEmpty() ? "/" : s.basePath();
          if (seen.add(base)) {
            servers.addObject().put("url", base).put("description", "charter mock (" + s.url() + ")");
          }
        }
      }
      try {
        b = json.writeValueAsBytes(copy);
      } catch (Exception e) {
        b = copy.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      }
      docsSpec = b;
    }
    return b;
  }
}
