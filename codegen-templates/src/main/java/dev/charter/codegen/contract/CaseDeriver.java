package dev.charter.codegen.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.charter.codegen.contract.runtime.ApiRequest;
import dev.charter.codegen.contract.runtime.ContractSpec;
import dev.charter.core.diag.Location;
import dev.charter.core.model.Example;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.model.MediaType;
import dev.charter.core.model.Parameter;
import dev.charter.core.model.RequestBody;
import dev.charter.core.model.SchemaView;
import dev.charter.core.model.SecurityRequirement;
import dev.charter.core.model.SecurityScheme;
import dev.charter.core.sample.SampleGenerator;
import dev.charter.core.validate.InstanceValidator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Derives the contract-test cases of an operation; {@code charter verify} runs them and {@code
 * charter generate tests} writes them as JUnit tests, so both send the same requests and expect
 * the same.
 *
 * <ul>
 *   <li><b>Positive cases</b>: first the spec's examples (each request body example; parameter
 *       examples; else the values the schemas' own examples, defaults and enums give), then {@link
 *       Options#maxCases()} requests generated from the schemas with a seeded random generator.
 *       Every value is checked against its schema first: an example the spec gets wrong is left
 *       out (with a note) rather than sent as valid.
 *   <li><b>Negative cases</b>: the first positive request broken in one place the server must
 *       refuse: a required parameter or body left out, a value of the wrong type, out of its range,
 *       too long or short, outside its enum, not matching its pattern; each confirmed invalid by
 *       the validator, so nothing the schema does not forbid is sent as a negative. Formats and
 *       unknown properties are not used: servers commonly, and legitimately, accept those.
 *   <li><b>Auth case</b>: for an operation whose security has no anonymous alternative, the first
 *       positive request without any credentials.
 * </ul>
 *
 * <p>The same spec, options and seed give the same cases, in the same order, on every run.
 * Immutable and safe to share.
 */
public final class CaseDeriver {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Headers OpenAPI says parameters may not describe, and those the JDK client will not set. */
  private static final Set<String> IGNORED_HEADERS = Set.of("accept", "content-type", "authorization", "host",
      "connection", "content-length", "expect", "upgrade", "transfer-encoding", "te", "trailer");
  private static final int ATTEMPTS = 6;
  private static final int MAX_EXAMPLE_CASES = 10;

  /**
   * @param seed the seed of generated values; the same seed gives the same cases
   * @param maxCases how many positive requests to generate beyond the examples, and at most how
   *     many negative ones per operation
   * @param negative whether to derive negative cases
   * @param auth whether to derive the case without credentials
   */
  public record Options(long seed, int maxCases, boolean negative, boolean auth) {
    public static final Options DEFAULT = new Options(0, 5, true, true);

    public Options {
      if (maxCases < 0) {
        throw new IllegalArgumentException("maxCases must not be negative");
      }
    }

    public Options withSeed(long s) {
      return new Options(s, maxCases, negative, auth);
    }

    public Options withMaxCases(int n) {
      return new Options(seed, n, negative, auth);
    }
  }

  /** The cases of one operation, and notes on what was left out and why. */
  public record OperationCases(HttpOperation operation, List<ContractCase> cases, List<String> notes) {
    public OperationCases {
      cases = List.copyOf(cases);
      notes = List.copyOf(notes);
    }
  }

  private final ContractSpec spec;
  private final InstanceValidator validator;
  private final Options options;

  public CaseDeriver(ContractSpec spec, Options options) {
    this.spec = spec;
    this.validator = spec.validator();
    this.options = options;
  }

  public Options options() {
    return options;
  }

  public OperationCases derive(HttpOperation operation) {
    return new Plan(operation).derive();
  }

  /** The values of one request: parameters by {@link Parameter#matchKey()} (absent ones left out) and the body. */
  private record Values(Map<String, JsonNode> parameters, JsonNode body) {
    Values {
      parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    Values with(Parameter p, JsonNode v) {
      Map<String, JsonNode> m = new LinkedHashMap<>(parameters);
      m.put(p.matchKey(), v);
      return new Values(m, body);
    }

    Values without(Parameter p) {
      Map<String, JsonNode> m = new LinkedHashMap<>(parameters);
      m.remove(p.matchKey());
      return new Values(m, body);
    }

    Values withBody(JsonNode b) {
      return new Values(parameters, b);
    }
  }

  /** A value with what it is, for the label of a negative case. */
  private record Mutation(JsonNode value, String description) {}

  /** A negative case before it is numbered. */
  private record Negative(Values values, String why, Location target) {}

  /** Everything about one operation that its cases share. */
  private final class Plan {
    private final HttpOperation op;
    private final List<Parameter> parameters = new ArrayList<>();
    private final Optional<MediaType> body;
    private final boolean bodyRequired;
    private final List<String> security = new ArrayList<>();
    private final boolean authRequired;
    private final Optional<String> accept;
    private final Expectation.Conforms conforms;
    private final List<String> notes = new ArrayList<>();
    private final long operationSeed;
    private boolean unusable;

    Plan(HttpOperation op) {
      this.op = op;
      this.operationSeed = options.seed() * 1_000_003L + op.key().hashCode();
      Set<String> template = new LinkedHashSet<>(op.templateParameters());
      for (Parameter p : op.parameters()) {
        switch (p.in()) {
          case "path" -> {
            if (template.contains(p.name())) {
              parameters.add(p);
            }
          }
          case "query", "cookie" -> parameters.add(p);
          case "header" -> {
            if (!IGNORED_HEADERS.contains(p.name().toLowerCase(Locale.ROOT))) {
              parameters.add(p);
            } else if (p.required() && !p.name().equalsIgnoreCase("accept") && !p.name().equalsIgnoreCase("content-type")
                && !p.name().equalsIgnoreCase("authorization")) {
              notes.add("the required header parameter '" + p.name() + "' cannot be sent by charter's HTTP client");
            }
          }
          default -> { }
        }
      }
      for (String name : template) {
        if (parameters.stream().noneMatch(p -> p.in().equals("path") && p.name().equals(name))) {
          notes.add("the path parameter {" + name + "} is not declared; cases are not derived");
          unusable = true;
        }
      }
      Optional<RequestBody> rb = op.requestBody().filter(b -> !b.content().isEmpty());
      this.body = rb.flatMap(b -> BodyEncoder.choose(b.content()));
      this.bodyRequired = rb.map(RequestBody::required).orElse(false);
      if (rb.isPresent() && body.isEmpty()) {
        String types = String.join(", ", rb.get().content().stream().map(MediaType::mediaType).toList());
        if (bodyRequired) {
          notes.add("charter cannot write a request body of " + types + "; cases are not derived");
          unusable = true;
        } else {
          notes.add("charter cannot write a request body of " + types + "; requests are sent without one");
        }
      }
      boolean anonymous = op.security().isEmpty();
      for (SecurityRequirement r : op.security()) {
        if (r.anonymous()) {
          anonymous = true;
        }
      }
      if (!anonymous) {
        for (SecurityRequirement r : op.security()) {
          security.add(String.join("+", r.schemes().keySet()));
        }
      }
      this.authRequired = !anonymous && op.security().stream().allMatch(this::canBeWithheld);
      this.accept = accept(op);
      this.conforms = Expectation.conformsTo(op);
    }

    /** A requirement whose credentials charter can leave out: one of its schemes is sent in the request. */
    private boolean canBeWithheld(SecurityRequirement r) {
      for (String name : r.schemes().keySet()) {
        SecurityScheme s = spec.model().securitySchemes().get(name);
        if (s != null && (s.type().equals("apiKey") || s.type().equals("http") || s.type().equals("oauth2")
            || s.type().equals("openIdConnect"))) {
          return true;
        }
      }
      return false;
    }

    OperationCases derive() {
      if (unusable) {
        return new OperationCases(op, List.of(), notes);
      }
      List<Values> positives = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      examples(positives, labels);
      for (int i = 1; i <= options.maxCases(); i++) {
        Optional<Values> v = generated(i);
        if (v.isPresent()) {
          positives.add(v.get());
          labels.add("generated #" + i);
        }
      }
      List<ContractCase> cases = new ArrayList<>();
      Set<ApiRequest> seen = new java.util.HashSet<>();
      Values base = null;
      for (int i = 0; i < positives.size(); i++) {
        Optional<ApiRequest> request = build(positives.get(i));
        if (request.isEmpty() || !seen.add(request.get())) {
          continue;
        }
        if (base == null) {
          base = positives.get(i);
        }
        cases.add(new ContractCase(op, cases.size() + 1, ContractCase.Kind.POSITIVE, labels.get(i), request.get(),
            conforms, op.location()));
      }
      if (base == null) {
        notes.add("no valid request could be built; no cases");
        return new OperationCases(op, List.of(), notes);
      }
      if (options.negative()) {
        for (Negative n : negatives(base)) {
          Optional<ApiRequest> request = build(n.values());
          if (request.isPresent() && seen.add(request.get())) {
            cases.add(new ContractCase(op, cases.size() + 1, ContractCase.Kind.NEGATIVE, n.why(), request.get(),
                new Expectation.Rejected(n.why()), n.target()));
          }
        }
      }
      if (options.auth() && authRequired) {
        Optional<ApiRequest> request = build(base);
        request.ifPresent(r -> cases.add(new ContractCase(op, cases.size() + 1, ContractCase.Kind.AUTH,
            "without credentials", r.withoutCredentials(), new Expectation.AuthRejected(), securityLocation())));
      }
      return new OperationCases(op, cases, notes);
    }

    private Location securityLocation() {
      return op.node().get("security").map(n -> n.location())
          .or(() -> op.node().document().rootNode().get("security").map(n -> n.location()))
          .orElse(op.location());
    }

    // ---- positive values ----

    /** The example cases: one per request body example, else one from parameter and schema examples. */
    private void examples(List<Values> out, List<String> labels) {
      List<Example> bodyExamples = new ArrayList<>();
      if (body.isPresent()) {
        for (Example e : body.get().examples()) {
          if (e.value().isEmpty()) {
            continue;
          }
          if (isValid(body.get().schema(), e.value().get())) {
            bodyExamples.add(e);
          } else {
            notes.add("the request body example" + e.name().map(n -> " '" + n + "'").orElse("")
                + " does not match its schema; it is not sent");
          }
        }
      }
      int count = Math.min(MAX_EXAMPLE_CASES, Math.max(1, bodyExamples.size()));
      for (int i = 0; i < count; i++) {
        Map<String, JsonNode> params = new LinkedHashMap<>();
        boolean complete = true;
        for (Parameter p : parameters) {
          Optional<JsonNode> v = exampleValue(p, i);
          if (v.isEmpty() && p.required()) {
            v = staticOrGenerated(p);
          }
          if (v.isPresent()) {
            params.put(p.matchKey(), v.get());
          } else if (p.required()) {
            complete = false;
          }
        }
        JsonNode b = null;
        String label;
        if (!bodyExamples.isEmpty()) {
          b = bodyExamples.get(i).value().get();
          label = bodyExamples.get(i).name().map(n -> "example '" + n + "'").orElse("example");
        } else {
          label = "spec examples";
          if (body.isPresent()) {
            b = bodyValue(new SampleGenerator(SampleGenerator.Options.staticFor(SampleGenerator.Direction.REQUEST))::generate)
                .or(() -> generatedBody(0)).orElse(null);
            if (b == null) {
              complete = !bodyRequired && complete;
            }
          }
        }
        if (complete) {
          out.add(new Values(params, b));
          labels.add(label);
        }
      }
    }

    /** A parameter's own example (its i-th, cycling), or its schema's example or default; empty when it has none that is valid. */
    private Optional<JsonNode> exampleValue(Parameter p, int i) {
      List<JsonNode> values = new ArrayList<>();
      for (Example e : p.examples()) {
        e.value().ifPresent(values::add);
      }
      p.content().forEach(m -> m.examples().forEach(e -> e.value().ifPresent(values::add)));
      if (values.isEmpty()) {
        p.schema().ifPresent(s -> {
          values.addAll(s.examples());
          s.defaultValue().ifPresent(values::add);
        });
      }
      for (int k = 0; k < values.size(); k++) {
        JsonNode v = values.get((i + k) % values.size());
        if (isValid(p.schema(), v) && wireSafe(p, v)) {
          return Optional.of(v);
        }
      }
      return Optional.empty();
    }

    private Optional<JsonNode> staticOrGenerated(Parameter p) {
      SampleGenerator fixed = new SampleGenerator(SampleGenerator.Options.staticFor(SampleGenerator.Direction.REQUEST));
      JsonNode v = p.schema().map(fixed::generate).orElse(NODES.textNode("charter"));
      if (isValid(p.schema(), v) && wireSafe(p, v)) {
        return Optional.of(v);
      }
      return generatedParameter(p, seedFor(0));
    }

    private long seedFor(int caseNumber) {
      return operationSeed * 31 + caseNumber;
    }

    /** The values of generated case {@code i}: required parameters always, optional ones at even odds. */
    private Optional<Values> generated(int i) {
      long seed = seedFor(i);
      Random coin = new Random(seed);
      Map<String, JsonNode> params = new LinkedHashMap<>();
      for (Parameter p : parameters) {
        boolean include = p.required() || coin.nextBoolean();
        if (!include) {
          continue;
        }
        Optional<JsonNode> v = generatedParameter(p, seed);
        if (v.isPresent()) {
          params.put(p.matchKey(), v.get());
        } else if (p.required()) {
          notes.add("no valid value could be generated for the " + p.in() + " parameter '" + p.name() + "' (case " + i + ")");
          return Optional.empty();
        }
      }
      JsonNode b = null;
      if (body.isPresent()) {
        Optional<JsonNode> v = generatedBody(seed);
        if (v.isEmpty()) {
          if (bodyRequired) {
            notes.add("no valid request body could be generated (case " + i + ")");
            return Optional.empty();
          }
        } else {
          b = v.get();
        }
      }
      return Optional.of(new Values(params, b));
    }

    private Optional<JsonNode> generatedParameter(Parameter p, long seed) {
      if (p.schema().isEmpty()) {
        return Optional.of(NODES.textNode("charter"));
      }
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        JsonNode v = Samples.random(p.schema().get(), seed + attempt * 7919L + p.name().hashCode());
        if (!v.isNull() && isValid(p.schema(), v) && wireSafe(p, v)) {
          return Optional.of(v);
        }
      }
      return Optional.empty();
    }

    private Optional<JsonNode> generatedBody(long seed) {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        long valueSeed = seed + attempt * 7919L;
        Optional<JsonNode> v = bodyValue(schema -> Samples.random(schema, valueSeed));
        if (v.isPresent()) {
          return v;
        }
      }
      return Optional.empty();
    }

    /** A body value from the generator that is valid and can be written in the chosen media type. */
    private Optional<JsonNode> bodyValue(java.util.function.Function<SchemaView, JsonNode> generator) {
      MediaType m = body.get();
      BodyEncoder.Kind kind = BodyEncoder.kind(m.mediaType());
      JsonNode v = m.schema().map(generator).orElseGet(() -> kind == BodyEncoder.Kind.TEXT
          || kind == BodyEncoder.Kind.BINARY ? NODES.textNode("charter") : NODES.objectNode());
      if ((kind == BodyEncoder.Kind.FORM || kind == BodyEncoder.Kind.MULTIPART) && v.isObject()) {
        Set<String> required = m.schema().map(this::requiredOf).orElse(Set.of());
        v = withoutStructuredFields(v, required);
        // an empty list is no field at all in a form: a required one would arrive missing
        JsonNode form = v;
        if (required.stream().anyMatch(r -> form.path(r).isArray() && form.path(r).isEmpty())) {
          return Optional.empty();
        }
      }
      if (isValid(m.schema(), v) && BodyEncoder.encode(m, v).isPresent()) {
        return Optional.of(v);
      }
      return Optional.empty();
    }

    /**
     * A form without its optional members whose values are objects (or arrays of them): how a
     * form carries those is left to the server, so valid requests do without them.
     */
    private JsonNode withoutStructuredFields(JsonNode form, Set<String> required) {
      com.fasterxml.jackson.databind.node.ObjectNode copy = form.deepCopy();
      List<String> names = new ArrayList<>();
      copy.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode v = copy.get(name);
        boolean structured = v.isObject() || v.isArray() && (v.isEmpty() || java.util.stream.StreamSupport
            .stream(v.spliterator(), false).anyMatch(x -> x.isContainerNode()));
        if (structured && !required.contains(name)) {
          copy.remove(name);
        }
      }
      return copy;
    }

    private boolean isValid(Optional<SchemaView> schema, JsonNode value) {
      return schema.isEmpty() || validator.validate(schema.get(), value, InstanceValidator.Direction.REQUEST).isEmpty();
    }

    /**
     * Whether the value survives the trip to the server unchanged: a path segment without {@code /}
     * (which would change the route) or the style's delimiters inside items; a header of visible
     * ASCII without surrounding spaces (which HTTP trims); a cookie of cookie-safe characters.
     */
    private boolean wireSafe(Parameter p, JsonNode value) {
      if (value.isNull()) {
        return false;
      }
      List<String> pieces = new ArrayList<>();
      boolean composite = value.isArray() || value.isObject();
      if (composite && p.content().isEmpty()) {
        // styles carry flat lists and maps only; an empty one cannot be told from an absent or blank value
        if (value.isEmpty()) {
          return false;
        }
        for (JsonNode item : value) {
          if (item.isContainerNode() || item.isNull()) {
            return false;
          }
        }
      }
      if (value.isArray()) {
        value.forEach(v -> pieces.add(ParameterSerializer.scalar(v)));
      } else if (value.isObject()) {
        value.fields().forEachRemaining(e -> {
          pieces.add(e.getKey());
          pieces.add(ParameterSerializer.scalar(e.getValue()));
        });
      } else {
        pieces.add(ParameterSerializer.scalar(value));
      }
      if (!p.content().isEmpty()) {
        pieces.clear();
        pieces.add(ParameterSerializer.json(value));
        composite = false;
      }
      for (String s : pieces) {
        if (composite && (s.contains(",") || s.contains("=") || s.contains("&"))) {
          return false;
        }
        switch (p.in()) {
          case "path" -> {
            if (s.isEmpty() && !composite || s.contains("/") || s.contains("\\") || s.contains("%")
                || p.style().equals("label") && s.contains(".") || p.style().equals("matrix") && (s.contains(";") || s.contains("="))) {
              return false;
            }
          }
          case "header" -> {
            if (!s.equals(s.strip()) || s.isEmpty() && !composite) {
              return false;
            }
            for (int i = 0; i < s.length(); i++) {
              char c = s.charAt(i);
              if (c < 0x20 || c > 0x7e) {
                return false;
              }
            }
          }
          case "cookie" -> {
            for (int i = 0; i < s.length(); i++) {
              char c = s.charAt(i);
              if (c <= 0x20 || c > 0x7e || c == '"' || c == ',' || c == ';' || c == '\\') {
                return false;
              }
            }
          }
          default -> { }
        }
      }
      return true;
    }

    // ---- the request ----

    private Optional<ApiRequest> build(Values values) {
      StringBuilder path = new StringBuilder();
      String template = op.path();
      int at = 0;
      while (at < template.length()) {
        int open = template.indexOf('{', at);
        int close = open < 0 ? -1 : template.indexOf('}', open);
        if (open < 0 || close < 0) {
          path.append(ParameterSerializer.encodePathLiteral(template.substring(at)));
          break;
        }
        path.append(ParameterSerializer.encodePathLiteral(template.substring(at, open)));
        String name = template.substring(open + 1, close);
        Parameter p = parameters.stream().filter(x -> x.in().equals("path") && x.name().equals(name)).findFirst().orElse(null);
        JsonNode v = p == null ? null : values.parameters().get(p.matchKey());
        if (v == null) {
          return Optional.empty();
        }
        path.append(ParameterSerializer.path(p, v));
        at = close + 1;
      }
      String target = path.length() == 0 || path.charAt(0) != '/' ? "/" + path : path.toString();
      List<String> query = new ArrayList<>();
      List<String> cookies = new ArrayList<>();
      List<ApiRequest.Header> headers = new ArrayList<>();
      for (Parameter p : parameters) {
        JsonNode v = values.parameters().get(p.matchKey());
        if (v == null) {
          continue;
        }
        switch (p.in()) {
          case "query" -> query.addAll(ParameterSerializer.query(p, v));
          case "header" -> headers.add(new ApiRequest.Header(p.name(), ParameterSerializer.header(p, v)));
          case "cookie" -> cookies.add(ParameterSerializer.cookie(p, v));
          default -> { }
        }
      }
      if (!query.isEmpty()) {
        target += "?" + String.join("&", query);
      }
      ApiRequest request = ApiRequest.to(op.method().name(), target);
      for (ApiRequest.Header h : headers) {
        request = request.header(h.name(), h.value());
      }
      if (!cookies.isEmpty()) {
        request = request.header("Cookie", String.join("; ", cookies));
      }
      if (accept.isPresent()) {
        request = request.header("Accept", accept.get());
      }
      if (values.body() != null && body.isPresent()) {
        Optional<String> text = BodyEncoder.encode(body.get(), values.body());
        if (text.isEmpty()) {
          return Optional.empty();
        }
        // an optional form with nothing in it is no body at all
        boolean nothing = text.get().isEmpty() && !bodyRequired && BodyEncoder.kind(body.get().mediaType()) == BodyEncoder.Kind.FORM;
        if (!nothing) {
          request = request.body(BodyEncoder.contentType(body.get()), text.get());
        }
      }
      if (!security.isEmpty()) {
        request = request.security(security.toArray(String[]::new));
      }
      return Optional.of(request);
    }

    // ---- negative cases ----

    private List<Negative> negatives(Values base) {
      List<Negative> all = new ArrayList<>();
      for (Parameter p : parameters) {
        String what = p.in() + " parameter '" + p.name() + "'";
        Location where = p.node().location();
        if (p.required() && !p.in().equals("path")) {
          all.add(new Negative(base.without(p), "the required " + what + " is missing", where));
        }
        JsonNode current = base.parameters().get(p.matchKey());
        if (p.schema().isEmpty() || !p.content().isEmpty()) {
          continue;
        }
        SchemaView s = p.schema().get();
        for (Mutation m : mutations(s, current, true)) {
          if (!isValid(p.schema(), m.value()) && wireSafe(p, m.value())) {
            all.add(new Negative(base.with(p, m.value()), what + " " + m.description(), s.location()));
          }
        }
      }
      if (body.isPresent()) {
        MediaType media = body.get();
        Location where = op.requestBody().map(b -> b.node().location()).orElse(op.location());
        if (bodyRequired && base.body() != null) {
          all.add(new Negative(base.withBody(null), "the required request body is missing", where));
        }
        BodyEncoder.Kind kind = BodyEncoder.kind(media.mediaType());
        boolean textual = kind != BodyEncoder.Kind.JSON;
        if (media.schema().isPresent() && base.body() != null && (kind == BodyEncoder.Kind.JSON
            || kind == BodyEncoder.Kind.FORM || kind == BodyEncoder.Kind.MULTIPART)) {
          SchemaView s = media.schema().get();
          if (kind == BodyEncoder.Kind.JSON) {
            for (Mutation m : typeMutations(s, false)) {
              addBody(all, base, m.value(), "the request body " + m.description(), s.location());
            }
          }
          JsonNode current = base.body();
          if (current.isObject()) {
            Map<String, SchemaView> properties = properties(s);
            for (String name : requiredOf(s)) {
              if (current.has(name)) {
                com.fasterxml.jackson.databind.node.ObjectNode copy = current.deepCopy();
                copy.remove(name);
                addBody(all, base, copy, "the request body lacks the required property '" + name + "'", s.location());
              }
            }
            for (Map.Entry<String, SchemaView> e : properties.entrySet()) {
              if (!current.has(e.getKey()) || e.getValue().readOnly()) {
                continue;
              }
              for (Mutation m : mutations(e.getValue(), current.get(e.getKey()), textual)) {
                com.fasterxml.jackson.databind.node.ObjectNode copy = current.deepCopy();
                copy.set(e.getKey(), m.value());
                addBody(all, base, copy, "the request body property '" + e.getKey() + "' " + m.description(),
                    e.getValue().location());
              }
            }
          }
        }
      }
      return pick(all);
    }

    private void addBody(List<Negative> all, Values base, JsonNode value, String why, Location where) {
      Optional<String> text = BodyEncoder.encode(body.get(), value);
      // an empty form is no body at all, which an optional body may be
      boolean ambiguous = text.isPresent() && text.get().isEmpty() && !bodyRequired
          && BodyEncoder.kind(body.get().mediaType()) == BodyEncoder.Kind.FORM;
      if (!isValid(body.get().schema(), value) && text.isPresent() && !ambiguous) {
        all.add(new Negative(base.withBody(value), why, where));
      }
    }

    /** At most {@code maxCases} of the candidates, chosen by the seed, in their original order. */
    private List<Negative> pick(List<Negative> all) {
      int cap = options.maxCases();
      if (all.size() <= cap) {
        return all;
      }
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, new Random(operationSeed ^ 0x5DEECE66DL));
      List<Integer> chosen = new ArrayList<>(order.subList(0, cap));
      Collections.sort(chosen);
      return chosen.stream().map(all::get).toList();
    }

    /** The declared properties, including those of allOf parts, first declaration winning. */
    private Map<String, SchemaView> properties(SchemaView s) {
      Map<String, SchemaView> out = new LinkedHashMap<>(s.properties());
      for (SchemaView part : s.allOf()) {
        part.properties().forEach(out::putIfAbsent);
      }
      return out;
    }

    private Set<String> requiredOf(SchemaView s) {
      Set<String> out = new LinkedHashSet<>(s.required());
      for (SchemaView part : s.allOf()) {
        out.addAll(part.required());
      }
      return out;
    }

    /**
     * Values that break one constraint of a scalar schema. {@code textual}: the value travels as
     * text (a parameter, a form field), so a wrong type can only be text where a number or boolean is
     * expected.
     */
    private List<Mutation> mutations(SchemaView s, JsonNode current, boolean textual) {
      List<Mutation> out = new ArrayList<>(typeMutations(s, textual));
      String type = s.mainType().orElse("");
      Optional<List<JsonNode>> allowed = s.enumValues();
      if (allowed.isPresent() && !allowed.get().isEmpty()) {
        JsonNode outside = outsideEnum(allowed.get(), type);
        if (outside != null) {
          out.add(new Mutation(outside, "is " + shown(outside) + ", not one of the allowed values"));
        }
      }
      if (type.equals("integer") || type.equals("number")) {
        java.math.BigDecimal step = type.equals("integer") ? java.math.BigDecimal.ONE : java.math.BigDecimal.ONE;
        s.maximum().ifPresent(max -> {
          java.math.BigDecimal v = s.exclusiveMaximum() ? max : max.add(step);
          out.add(new Mutation(number(v, type), "is " + v.toPlainString() + ", above its maximum " + max.toPlainString()));
        });
        s.minimum().ifPresent(min -> {
          java.math.BigDecimal v = s.exclusiveMinimum() ? min : min.subtract(step);
          out.add(new Mutation(number(v, type), "is " + v.toPlainString() + ", below its minimum " + min.toPlainString()));
        });
      }
      if (type.equals("string")) {
        String text = current != null && current.isTextual() ? current.asText() : "";
        s.maxLength().ifPresent(max -> {
          if (max < 10_000) {
            StringBuilder sb = new StringBuilder(text.isEmpty() ? "x" : text);
            while (sb.codePointCount(0, sb.length()) <= max) {
              sb.append(sb.length() % 10);
            }
            out.add(new Mutation(NODES.textNode(sb.toString()), "is " + sb.codePointCount(0, sb.length())
                + " characters long, over its maxLength " + max));
          }
        });
        s.minLength().ifPresent(min -> {
          if (min > 0 && text.codePointCount(0, text.length()) >= min) {
            String shorter = text.substring(0, text.offsetByCodePoints(0, min - 1));
            out.add(new Mutation(NODES.textNode(shorter), "is " + (min - 1) + " characters long, under its minLength " + min));
          }
        });
        s.pattern().ifPresent(pattern -> notMatching(pattern).ifPresent(v ->
            out.add(new Mutation(NODES.textNode(v), "is " + shown(NODES.textNode(v)) + ", which does not match the pattern "
                + pattern))));
      }
      return out;
    }

    /** A value of another type than the schema's one type, where that can be expressed. */
    private List<Mutation> typeMutations(SchemaView s, boolean textual) {
      Optional<String> type = s.mainType();
      if (type.isEmpty() || s.types().contains("string") && textual) {
        return List.of();
      }
      return switch (type.get()) {
        case "integer" -> List.of(new Mutation(NODES.textNode("charter"), "is 'charter', not an integer"));
        case "number" -> List.of(new Mutation(NODES.textNode("charter"), "is 'charter', not a number"));
        case "boolean" -> List.of(new Mutation(NODES.textNode("charter"), "is 'charter', not a boolean"));
        case "string" -> List.of(new Mutation(NODES.numberNode(12345), "is the number 12345, not a string"));
        case "object" -> textual ? List.of() : List.of(new Mutation(NODES.textNode("charter"), "is the string 'charter', not an object"));
        case "array" -> textual ? List.of() : List.of(new Mutation(NODES.textNode("charter"), "is the string 'charter', not an array"));
        default -> List.of();
      };
    }

    private JsonNode outsideEnum(List<JsonNode> allowed, String type) {
      if (type.equals("integer") || type.equals("number")) {
        java.math.BigDecimal max = null;
        for (JsonNode v : allowed) {
          if (v.isNumber() && (max == null || v.decimalValue().compareTo(max) > 0)) {
            max = v.decimalValue();
          }
        }
        return max == null ? null : number(max.add(java.math.BigDecimal.ONE), type);
      }
      if (type.equals("string") || type.isEmpty()) {
        String candidate = "charter-not-allowed";
        for (int i = 0; i < 100; i++) {
          JsonNode v = NODES.textNode(i == 0 ? candidate : candidate + i);
          if (!allowed.contains(v)) {
            return v;
          }
        }
      }
      return null;
    }

    private JsonNode number(java.math.BigDecimal v, String type) {
      if (type.equals("integer") || v.stripTrailingZeros().scale() <= 0) {
        return NODES.numberNode(v.toBigInteger());
      }
      return NODES.numberNode(v);
    }

    private Optional<String> notMatching(String pattern) {
      // RgxGen builds whatever the pattern repeats ({1000000000}) before the length can be checked;
      // 100 is its default for unbounded repetition
      if (!dev.charter.core.sample.PatternSize.atMost(pattern, 100, 4096)) {
        return Optional.empty();
      }
      try {
        com.github.curiousoddman.rgxgen.RgxGen gen = com.github.curiousoddman.rgxgen.RgxGen.parse(pattern);
        Random random = new Random(operationSeed ^ pattern.hashCode());
        for (int attempt = 0; attempt < 8; attempt++) {
          String v = gen.generateNotMatching(random);
          if (v != null && v.length() <= 256) {
            return Optional.of(v);
          }
        }
      } catch (RuntimeException | StackOverflowError e) {
        // A pattern RgxGen cannot read: no pattern case, the other constraints still give some.
      }
      return Optional.empty();
    }

    private String shown(JsonNode v) {
      String text = v.isTextual() ? "'" + v.asText() + "'" : v.toString();
      return text.length() > 60 ? text.substring(0, 57) + "…'" : text;
    }
  }

  /** The Accept header: every media type the responses document, JSON first. */
  private static Optional<String> accept(HttpOperation op) {
    Set<String> json = new LinkedHashSet<>();
    Set<String> other = new LinkedHashSet<>();
    op.responses().forEach(r -> r.content().forEach(m -> {
      String t = m.mediaType().trim();
      (BodyEncoder.kind(t) == BodyEncoder.Kind.JSON && !t.contains("*") ? json : other).add(t);
    }));
    json.addAll(other);
    return json.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", json));
  }
}
