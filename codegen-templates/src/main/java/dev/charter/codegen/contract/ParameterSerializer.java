package dev.charter.codegen.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.charter.core.model.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes parameter values the way OpenAPI's {@code style} and {@code explode} say a server reads
 * them (the inverse of a server's parameter parsing): path {@code simple}, {@code label}, {@code
 * matrix}; query {@code form}, {@code spaceDelimited}, {@code pipeDelimited}, {@code deepObject}
 * (and Swagger 2.0's {@code tsv}); header {@code simple}; cookie {@code form}. A parameter with
 * {@code content} is written as that media type's text (JSON). Values are percent-encoded where
 * they go into the URL; delimiters the style adds are not. Stateless.
 */
final class ParameterSerializer {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private ParameterSerializer() {}

  /** The text of a path parameter, as it replaces {@code {name}} in the path. */
  static String path(Parameter p, JsonNode value) {
    if (isContent(p)) {
      return encode(json(value));
    }
    String name = p.name();
    boolean explode = p.explode();
    return switch (p.style()) {
      case "label" -> "." + delimited(value, explode ? "." : ",", explode ? "=" : ",", explode ? "." : ",");
      case "matrix" -> matrix(name, value, explode);
      default -> delimited(value, ",", explode ? "=" : ",", ",");
    };
  }

  private static String matrix(String name, JsonNode value, boolean explode) {
    if (value.isArray() && explode) {
      StringBuilder sb = new StringBuilder();
      value.forEach(v -> sb.append(';').append(encode(name)).append('=').append(encode(scalar(v))));
      return sb.toString();
    }
    if (value.isObject() && explode) {
      StringBuilder sb = new StringBuilder();
      value.fields().forEachRemaining(e -> sb.append(';').append(encode(e.getKey())).append('=').append(encode(scalar(e.getValue()))));
      return sb.toString();
    }
    return ";" + encode(name) + "=" + delimited(value, ",", ",", ",");
  }

  /**
   * A value as {@code simple} (and label, matrix) write it: a scalar as is, array items joined by
   * {@code itemSeparator}, object members as key and value joined by {@code keyValue} and pairs by
   * {@code pairSeparator}; every item encoded.
   */
  private static String delimited(JsonNode value, String itemSeparator, String keyValue, String pairSeparator) {
    if (value.isArray()) {
      List<String> parts = new ArrayList<>();
      value.forEach(v -> parts.add(encode(scalar(v))));
      return String.join(itemSeparator, parts);
    }
    if (value.isObject()) {
      List<String> parts = new ArrayList<>();
      value.fields().forEachRemaining(e -> parts.add(encode(e.getKey()) + keyValue + encode(scalar(e.getValue()))));
      return String.join(pairSeparator, parts);
    }
    return encode(scalar(value));
  }

  /** The {@code name=value} pairs of a query parameter, encoded, in order. */
  static List<String> query(Parameter p, JsonNode value) {
    String name = p.name();
    List<String> out = new ArrayList<>();
    if (isContent(p)) {
      out.add(encode(name) + "=" + encode(json(value)));
      return out;
    }
    String style = p.style();
    boolean explode = p.explode();
    if (value.isArray()) {
      if (explode && (style.equals("form") || style.equals("spaceDelimited") || style.equals("pipeDelimited"))) {
        value.forEach(v -> out.add(encode(name) + "=" + encode(scalar(v))));
        return out;
      }
      String separator = switch (style) {
        case "spaceDelimited" -> "%20";
        case "pipeDelimited" -> "%7C";
        case "tabDelimited" -> "%09";
        default -> ",";
      };
      List<String> items = new ArrayList<>();
      value.forEach(v -> items.add(encode(scalar(v))));
      out.add(encode(name) + "=" + String.join(separator, items));
      return out;
    }
    if (value.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
      if (style.equals("deepObject")) {
        fields.forEachRemaining(e -> out.add(encode(name + "[" + e.getKey() + "]") + "=" + encode(scalar(e.getValue()))));
        return out;
      }
      if (explode) {
        fields.forEachRemaining(e -> out.add(encode(e.getKey()) + "=" + encode(scalar(e.getValue()))));
        return out;
      }
      List<String> items = new ArrayList<>();
      fields.forEachRemaining(e -> {
        items.add(encode(e.getKey()));
        items.add(encode(scalar(e.getValue())));
      });
      out.add(encode(name) + "=" + String.join(",", items));
      return out;
    }
    out.add(encode(name) + "=" + encode(scalar(value)));
    return out;
  }

  /** The value of a header parameter ({@code simple}); not encoded, headers carry text. */
  static String header(Parameter p, JsonNode value) {
    if (isContent(p)) {
      return json(value);
    }
    return plain(value, p.explode());
  }

  /**
   * A cookie parameter as {@code name=value}. Items of an array (and the keys and values of an
   * object) are joined by commas: the one reading servers agree on, since a cookie cannot repeat its
   * name the way a query string can.
   */
  static String cookie(Parameter p, JsonNode value) {
    return p.name() + "=" + (isContent(p) ? json(value) : plain(value, false));
  }

  private static String plain(JsonNode value, boolean explode) {
    if (value.isArray()) {
      List<String> parts = new ArrayList<>();
      value.forEach(v -> parts.add(scalar(v)));
      return String.join(",", parts);
    }
    if (value.isObject()) {
      List<String> parts = new ArrayList<>();
      value.fields().forEachRemaining(e -> parts.add(e.getKey() + (explode ? "=" : ",") + scalar(e.getValue())));
      return String.join(",", parts);
    }
    return scalar(value);
  }

  private static boolean isContent(Parameter p) {
    return !p.content().isEmpty();
  }

  /** A value's text: strings as they are, numbers without exponent, nested values as JSON. */
  static String scalar(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return "";
    }
    if (v.isTextual()) {
      return v.asText();
    }
    if (v.isIntegralNumber()) {
      return v.bigIntegerValue().toString();
    }
    if (v.isNumber()) {
      java.math.BigDecimal d = v.decimalValue().stripTrailingZeros();
      return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
    }
    if (v.isBoolean()) {
      return Boolean.toString(v.asBoolean());
    }
    return json(v);
  }

  static String json(JsonNode v) {
    try {
      return JSON.writeValueAsString(v);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Percent-encodes everything but RFC 3986's unreserved characters, as UTF-8. */
  static String encode(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
        sb.append((char) c);
      } else {
        sb.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
      }
    }
    return sb.toString();
  }

  /**
   * The literal text of a path template between parameters: characters a path may hold stay, others
   * are encoded (so {@code /a b} becomes {@code /a%20b}).
   */
  static String encodePathLiteral(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean keep = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
      if (keep) {
        sb.append((char) c);
      } else {
        sb.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
      }
    }
    return sb.toString();
  }
}
