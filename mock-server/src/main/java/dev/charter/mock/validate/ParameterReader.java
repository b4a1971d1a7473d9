package dev.charter.mock.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.core.model.MediaType;
import dev.charter.core.model.Parameter;
import dev.charter.mock.validate.ValueCoercion.Scalar;
import dev.charter.mock.validate.ValueCoercion.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one parameter out of a request the way OpenAPI serialises it ({@code style} and {@code
 * explode} per location: simple, label, matrix, form, spaceDelimited, pipeDelimited, deepObject;
 * or a media type under {@code content}) and gives its value as JSON, typed by its schema.
 */
final class ParameterReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern COMMA = Pattern.compile(",");
  private static final Pattern SPACE = Pattern.compile(" ");
  private static final Pattern PIPE = Pattern.compile("\\|");
  private static final Pattern TAB = Pattern.compile("\t");
  private static final Pattern DOT = Pattern.compile("\\.");
  private static final Pattern SEMICOLON = Pattern.compile(";");

  final Parameter parameter;
  final String name;
  final String in;
  private final String style;
  private final boolean explode;
  private final boolean json;
  private final Shape shape;
  /** What separates array items: the style's delimiter (Swagger 2.0's ssv, pipes and tsv map onto these), else a comma. */
  private final Pattern separator;
  /** {@code name[}: how a deepObject parameter's members are named in the query. */
  private final String deepObjectPrefix;

  ParameterReader(Parameter parameter) {
    this.parameter = parameter;
    this.name = parameter.name();
    this.in = parameter.in();
    this.style = parameter.style();
    this.explode = parameter.explode();
    this.json = parameter.content().stream().map(MediaType::mediaType)
        .anyMatch(t -> t.contains("json"));
    this.shape = ValueCoercion.shape(parameter.schema().orElse(null));
    this.separator = switch (style) {
      case "spaceDelimited" -> SPACE;
      case "pipeDelimited" -> PIPE;
      case "tabDelimited" -> TAB;
      default -> COMMA;
    };
    this.deepObjectPrefix = name + "[";
  }

  /** Whether the parameter is in the request at all. */
  boolean present(RequestView request) {
    return switch (in) {
      case "path" -> request.pathParameters().containsKey(name);
      case "query" -> !request.query(name).isEmpty() || objectInQuery(request);
      case "header" -> !request.headers(name).isEmpty();
      case "cookie" -> request.cookie(name) != null;
      default -> false;
    };
  }

  private boolean objectInQuery(RequestView request) {
    if (shape.kind() != Shape.Kind.OBJECT) {
      return false;
    }
    if (style.equals("deepObject")) {
      return request.queryNames().stream().anyMatch(n -> n.startsWith(deepObjectPrefix));
    }
    return explode && style.equals("form") && shape.propertyOrder().stream().anyMatch(p -> !request.query(p).isEmpty());
  }

  /** The raw text of the parameter, for emptiness checks; null when absent or spread over several names. */
  String raw(RequestView request) {
    return switch (in) {
      case "path" -> request.pathParameters().get(name);
      case "query" -> {
        List<String> values = request.query(name);
        yield values.isEmpty() ? null : values.get(0);
      }
      case "header" -> request.header(name);
      case "cookie" -> request.cookie(name);
      default -> null;
    };
  }

  /** The value as JSON; call only when {@link #present}. */
  JsonNode read(RequestView request) {
    if (json) {
      String raw = raw(request);
      try {
        return raw == null ? NODES.missingNode() : JSON.readTree(raw);
      } catch (Exception e) {
        return NODES.textNode(raw);
      }
    }
    return switch (in) {
      case "path" -> path(request.pathParameters().get(name));
      case "query" -> query(request);
      case "header" -> delimited(trimmed(request.headers(name)), separator, explode ? '=' : (char) 0);
      case "cookie" -> delimited(request.cookie(name), COMMA, (char) 0);
      default -> NODES.missingNode();
    };
  }

  private static String trimmed(List<String> values) {
    return String.join(",", values).trim();
  }

  private JsonNode path(String raw) {
    switch (style) {
      case "label": {
        String v = raw.startsWith(".") ? raw.substring(1) : raw;
        return delimited(v, explode ? DOT : COMMA, explode ? '=' : (char) 0);
      }
      case "matrix": {
        String v = raw.startsWith(";") ? raw.substring(1) : raw;
        if (shape.kind() == Shape.Kind.OBJECT && explode) {
          return pairs(SEMICOLON.split(v, -1), '=');
        }
        if (shape.kind() == Shape.Kind.ARRAY && explode) {
          ArrayNode a = NODES.arrayNode();
          for (String part : SEMICOLON.split(v, -1)) {
            a.add(shape.items().coerce(afterEquals(part)));
          }
          return a;
        }
        return delimited(afterEquals(v), COMMA, (char) 0);
      }
      default:
        return delimited(raw, separator, explode ? '=' : (char) 0);
    }
  }

  private static String afterEquals(String s) {
    int eq = s.indexOf('=');
    return eq < 0 ? s : s.substring(eq + 1);
  }

  private JsonNode query(RequestView request) {
    List<String> values = request.query(name);
    switch (shape.kind()) {
      case ARRAY: {
        if (shape.emptyText(values)) {
          return NODES.textNode("");
        }
        ArrayNode a = NODES.arrayNode();
        for (String v : values) {
          if (explode && style.equals("form")) {
            a.add(shape.items().coerce(v));
          } else {
            for (String part : separator.split(v, -1)) {
              a.add(shape.items().coerce(part));
            }
          }
        }
        return a;
      }
      case OBJECT: {
        if (style.equals("deepObject")) {
          ObjectNode o = NODES.objectNode();
          for (String n : request.queryNames()) {
            if (n.startsWith(deepObjectPrefix) && n.endsWith("]")) {
              String key = n.substring(deepObjectPrefix.length(), n.length() - 1);
              List<String> v = request.query(n);
              o.set(key, property(key).coerce(v.isEmpty() ? "" : v.get(0)));
            }
          }
          return o;
        }
        if (explode) {
          ObjectNode o = NODES.objectNode();
          for (String key : shape.propertyOrder()) {
            List<String> v = request.query(key);
            if (!v.isEmpty()) {
              o.set(key, property(key).coerce(v.get(0)));
            }
          }
          return o;
        }
        return values.isEmpty() ? NODES.objectNode() : pairs(COMMA.split(values.get(0), -1), (char) 0);
      }
      default:
        return values.isEmpty() ? NODES.missingNode() : shape.scalar().coerce(values.get(0));
    }
  }

  /** A value in the simple/label form: one scalar, items separated by {@code sep}, or key/value pairs. */
  private JsonNode delimited(String raw, Pattern sep, char kvSeparator) {
    if (raw == null) {
      return NODES.missingNode();
    }
    switch (shape.kind()) {
      case ARRAY: {
        ArrayNode a = NODES.arrayNode();
        if (!raw.isEmpty()) {
          for (String part : sep.split(raw, -1)) {
            a.add(shape.items().coerce(in.equals("header") ? part.trim() : part));
          }
        }
        return a;
      }
      case OBJECT:
        return pairs(sep.split(raw, -1), kvSeparator);
      default:
        return shape.scalar().coerce(raw);
    }
  }

  /** Key/value pairs: {@code k=v} items when {@code kv} is '=', else alternating keys and values. */
  private JsonNode pairs(String[] parts, char kv) {
    ObjectNode o = NODES.objectNode();
    if (kv != 0) {
      for (String part : parts) {
        int eq = part.indexOf(kv);
        if (eq > 0) {
          String key = part.substring(0, eq).trim();
          o.set(key, property(key).coerce(part.substring(eq + 1)));
        }
      }
      return o;
    }
    List<String> list = new ArrayList<>(List.of(parts));
    for (int i = 0; i + 1 < list.size(); i += 2) {
      String key = list.get(i).trim();
      o.set(key, property(key).coerce(list.get(i + 1)));
    }
    return o;
  }

  private Scalar property(String key) {
    Scalar s = shape.properties().get(key);
    return s == null ? shape.otherProperties() : s;
  }
}
