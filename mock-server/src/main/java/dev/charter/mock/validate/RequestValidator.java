package dev.charter.mock.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Location;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.model.MediaType;
import dev.charter.core.model.Parameter;
import dev.charter.core.validate.InstanceValidator;
import dev.charter.mock.negotiate.MediaRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a request against one operation: every path, query, header and cookie parameter (read as
 * its style and explode say, then validated against its schema) and the body, by media type,
 * against the full schema. Everything is prepared once, when the operation is; a check only reads
 * the request and runs compiled schemas. Immutable and thread-safe.
 */
public final class RequestValidator {
  private final List<Check> parameters;
  private final List<BodyReader> bodies;
  private final boolean bodyRequired;
  private final Location bodyLocation;

  /** A parameter with its reader and compiled schema. */
  private record Check(ParameterReader reader, InstanceValidator.CompiledSchema schema, Location location) {}

  public RequestValidator(HttpOperation operation, InstanceValidator validator) {
    List<Check> checks = new ArrayList<>();
    for (Parameter p : operation.parameters()) {
      if (p.in().equals("header") && isReservedHeader(p.name())) {
        continue;
      }
      InstanceValidator.CompiledSchema schema = p.schema()
          .map(s -> validator.compile(s, InstanceValidator.Direction.REQUEST))
          .orElse(null);
      checks.add(new Check(new ParameterReader(p), schema, p.node().location()));
    }
    this.parameters = List.copyOf(checks);
    List<BodyReader> readers = new ArrayList<>();
    operation.requestBody().ifPresent(b -> {
      for (MediaType m : b.content()) {
        readers.add(new BodyReader(m, validator));
      }
    });
    this.bodies = List.copyOf(readers);
    this.bodyRequired = operation.requestBody().map(b -> b.required()).orElse(false);
    this.bodyLocation = operation.requestBody().map(b -> b.node().location()).orElse(operation.location());
  }

  /** OpenAPI: header parameters named Accept, Content-Type or Authorization are ignored. */
  private static boolean isReservedHeader(String name) {
    return name.equalsIgnoreCase("accept") || name.equalsIgnoreCase("content-type")
        || name.equalsIgnoreCase("authorization");
  }

  public boolean acceptsBody() {
    return !bodies.isEmpty();
  }

  public boolean bodyRequired() {
    return bodyRequired;
  }

  /** The documented request media types, as written. */
  public List<String> consumes() {
    return bodies.stream().map(b -> b.media().mediaType()).toList();
  }

  /** The violations of the path, query, header and cookie parameters; empty when they are all fine. */
  public List<RequestViolation> checkParameters(RequestView request) {
    List<RequestViolation> out = null;
    for (Check c : parameters) {
      ParameterReader r = c.reader();
      if (!r.present(request)) {
        if (r.parameter.required()) {
          out = add(out, new RequestViolation(r.in, r.name, "", r.in + " parameter '" + r.name + "' is required",
              "required", c.location()));
        }
        continue;
      }
      if (c.schema() == null || c.schema().acceptsAnything()) {
        continue;
      }
      String raw = r.raw(request);
      if (raw != null && raw.isEmpty() && r.parameter.allowEmptyValue()) {
        continue;
      }
      JsonNode value = r.read(request);
      if (value.isMissingNode()) {
        continue;
      }
      for (InstanceValidator.Violation v : c.schema().validate(value)) {
        out = add(out, new RequestViolation(r.in, r.name, v.instancePointer(),
            phrase(r.in + " parameter '" + r.name + "'", v), v.keyword(), v.schemaLocation()));
      }
    }
    return out == null ? List.of() : out;
  }

  /** The documented media type a request's {@code Content-Type} falls under, exact types first; empty: 415. */
  public Optional<BodyReader> bodyFor(String contentType) {
    if (bodies.isEmpty()) {
      return Optional.empty();
    }
    for (BodyReader b : bodies) {
      // usually the client sends the type as the spec writes it: no parsing needed
      if (b.media().mediaType().equals(contentType)) {
        return Optional.of(b);
      }
    }
    MediaRange requested = MediaRange.of(contentType);
    if (requested == null) {
      return Optional.empty();
    }
    BodyReader wildcard = null;
    for (BodyReader b : bodies) {
      MediaRange r = b.range();
      if (r == null) {
        continue;
      }
      if (r.sameEssence(requested)) {
        return Optional.of(b);
      }
      if (wildcard == null && r.includes(requested)) {
        wildcard = b;
      }
    }
    return Optional.ofNullable(wildcard);
  }

  /** A request without a body (no Content-Type, nothing sent): a violation when the body is required. */
  public List<RequestViolation> checkMissingBody() {
    return bodyRequired
        ? List.of(new RequestViolation("body", "", "", "the request body is required", "required", bodyLocation))
        : List.of();
  }

  /** The violations of the body, read as {@code reader}'s media type. */
  public List<RequestViolation> checkBody(BodyReader reader, byte[] body, String contentType) {
    if (body.length == 0) {
      return checkMissingBody();
    }
    if (!reader.validates() && reader.schema() == null) {
      return List.of();
    }
    JsonNode value;
    try {
      value = reader.read(body, contentType);
    } catch (BodyReader.Unreadable e) {
      return List.of(new RequestViolation("body", "", "", e.getMessage(), "syntax", reader.media().node().location()));
    }
    if (!reader.validates() || value.isMissingNode()) {
      return List.of();
    }
    List<RequestViolation> out = new ArrayList<>();
    for (InstanceValidator.Violation v : reader.schema().validate(value)) {
      String m = v.message();
      // members of the body name themselves ('name' must not be empty); the body as a whole is "the body"
      out.add(new RequestViolation("body", "", v.instancePointer(),
          m.startsWith("the value") ? "the body" + m.substring("the value".length()) : m, v.keyword(),
          v.schemaLocation()));
    }
    return out;
  }

  /** The validator's message with the value it is about named: "the value" becomes "query parameter 'limit'". */
  private static String phrase(String subject, InstanceValidator.Violation v) {
    String m = v.message();
    if (m.startsWith("the value")) {
      return subject + m.substring("the value".length());
    }
    return v.instancePointer().isEmpty() ? m : subject + ": " + m;
  }

  private static List<RequestViolation> add(List<RequestViolation> list, RequestViolation v) {
    List<RequestViolation> out = list == null ? new ArrayList<>() : list;
    out.add(v);
    return out;
  }
}
