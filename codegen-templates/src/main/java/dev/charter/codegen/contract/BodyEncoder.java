package dev.charter.codegen.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.model.MediaType;
import dev.charter.core.model.SchemaView;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a request body value in its media type: JSON (and {@code +json}, and {@code *}{@code /*}
 * as JSON), {@code application/x-www-form-urlencoded}, {@code multipart/form-data}, text, and opaque
 * binary types as the text of the value. XML and other structured types charter cannot write are
 * {@linkplain #supports unsupported}. Stateless.
 */
final class BodyEncoder {
  /** The multipart boundary; fixed so that generated requests are the same on every run. */
  static final String BOUNDARY = "charter-contract-boundary";

  private BodyEncoder() {}

  /** How a media type is written, best first when an operation offers several. */
  enum Kind {
    JSON,
    FORM,
    MULTIPART,
    TEXT,
    BINARY,
    UNSUPPORTED
  }

  static Kind kind(String mediaType) {
    String t = essence(mediaType);
    if (t.equals("application/json") || t.endsWith("+json") || t.endsWith("/json") || t.equals("*/*") || t.equals("application/*")) {
      return Kind.JSON;
    }
    if (t.equals("application/x-www-form-urlencoded")) {
      return Kind.FORM;
    }
    if (t.equals("multipart/form-data")) {
      return Kind.MULTIPART;
    }
    if (t.startsWith("text/") && !t.equals("text/xml") && !t.equals("text/html")) {
      return Kind.TEXT;
    }
    if (t.equals("application/octet-stream") || t.startsWith("image/") || t.startsWith("audio/") || t.startsWith("video/")
        || t.equals("application/pdf") || t.equals("application/zip")) {
      return Kind.BINARY;
    }
    return Kind.UNSUPPORTED;
  }

  static boolean supports(MediaType m) {
    return kind(m.mediaType()) != Kind.UNSUPPORTED;
  }

  /** The media type to send of those a request body offers: JSON first, then forms, text and binary. */
  static Optional<MediaType> choose(List<MediaType> offered) {
    for (Kind k : Kind.values()) {
      if (k == Kind.UNSUPPORTED) {
        break;
      }
      for (MediaType m : offered) {
        if (kind(m.mediaType()) == k) {
          return Optional.of(m);
        }
      }
    }
    return Optional.empty();
  }

  /** The Content-Type to send: the documented type, made concrete when it is a range. */
  static String contentType(MediaType m) {
    String t = essence(m.mediaType());
    if (t.equals("*/*") || t.equals("application/*")) {
      return "application/json";
    }
    if (kind(m.mediaType()) == Kind.MULTIPART) {
      return "multipart/form-data; boundary=" + BOUNDARY;
    }
    if (t.contains("*")) {
      return kind(m.mediaType()) == Kind.TEXT ? "text/plain" : "application/octet-stream";
    }
    return m.mediaType();
  }

  /** The body text, or empty when the value cannot be written in this media type. */
  static Optional<String> encode(MediaType m, JsonNode value) {
    switch (kind(m.mediaType())) {
      case JSON:
        return Optional.of(ParameterSerializer.json(value));
      case FORM:
        return value.isObject() ? form(value) : Optional.empty();
      case MULTIPART:
        return value.isObject() ? multipart(m, value) : Optional.empty();
      case TEXT:
      case BINARY:
        return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  /**
   * Members as {@code name=value} pairs; arrays repeat the name (form, explode); null members are
   * left out; a form with nested objects cannot be written.
   */
  private static Optional<String> form(JsonNode value) {
    var names = value.fields();
    while (names.hasNext()) {
      JsonNode v = names.next().getValue();
      if (v.isObject() || v.isArray() && java.util.stream.StreamSupport.stream(v.spliterator(), false).anyMatch(JsonNode::isContainerNode)) {
        // OpenAPI leaves nested values in a form to the server's reading; charter does not guess
        return Optional.empty();
      }
    }
    StringBuilder sb = new StringBuilder();
    value.fields().forEachRemaining(e -> {
      JsonNode v = e.getValue();
      if (v.isNull()) {
        return;
      }
      if (v.isArray()) {
        v.forEach(item -> pair(sb, e.getKey(), ParameterSerializer.scalar(item)));
      } else {
        pair(sb, e.getKey(), ParameterSerializer.scalar(v));
      }
    });
    return Optional.of(sb.toString());
  }

  private static void pair(StringBuilder sb, String name, String value) {
    if (sb.length() > 0) {
      sb.append('&');
    }
    sb.append(ParameterSerializer.encode(name)).append('=').append(ParameterSerializer.encode(value));
  }

  /** One part per member (per item of an array member); members with {@code format: binary} are sent as files. */
  private static Optional<String> multipart(MediaType m, JsonNode value) {
    Map<String, SchemaView> properties = m.schema().map(SchemaView::properties).orElse(Map.of());
    StringBuilder sb = new StringBuilder();
    var fields = value.fields();
    while (fields.hasNext()) {
      var e = fields.next();
      JsonNode v = e.getValue();
      if (v.isNull()) {
        continue;
      }
      if (v.isObject() || v.isArray() && java.util.stream.StreamSupport.stream(v.spliterator(), false).anyMatch(JsonNode::isContainerNode)) {
        return Optional.empty();
      }
      SchemaView schema = properties.get(e.getKey());
      boolean file = schema != null && (schema.format().map(f -> f.equals("binary")).orElse(false)
          || schema.items().flatMap(SchemaView::format).map(f -> f.equals("binary")).orElse(false));
      for (JsonNode item : v.isArray() ? v : List.of(v)) {
        String text = ParameterSerializer.scalar(item);
        if (text.contains(BOUNDARY) || e.getKey().contains("\"") || e.getKey().contains("\r") || e.getKey().contains("\n")) {
          return Optional.empty();
        }
        sb.append("--").append(BOUNDARY).append("\r\n");
        sb.append("Content-Disposition: form-data; name=\"").append(e.getKey()).append('"');
        if (file) {
          sb.append("; filename=\"").append(e.getKey()).append(".bin\"\r\nContent-Type: application/octet-stream");
        }
        sb.append("\r\n\r\n").append(text).append("\r\n");
      }
    }
    sb.append("--").append(BOUNDARY).append("--\r\n");
    return Optional.of(sb.toString());
  }

  static String essence(String mediaType) {
    int semicolon = mediaType.indexOf(';');
    return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }
}
