package dev.charter.mock.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.core.model.MediaType;
import dev.charter.core.model.SchemaView;
import dev.charter.core.validate.InstanceValidator;
import dev.charter.mock.negotiate.MediaRange;
import dev.charter.mock.validate.ValueCoercion.Shape;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a request body of one documented media type into JSON for validation: JSON as is; form
 * fields ({@code application/x-www-form-urlencoded}, {@code multipart/form-data}) as an object
 * typed by the schema's properties; text as a string. Other media types are accepted unread.
 */
public final class BodyReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern LINES = Pattern.compile("\r\n");
  /** Request bodies are untrusted: bounded nesting, exact decimals for multipleOf and bounds. */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  static {
    JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(256).build());
  }

  enum Kind {
    JSON,
    FORM,
    MULTIPART,
    TEXT,
    OPAQUE
  }

  private final MediaType media;
  private final MediaRange range;
  private final Kind kind;
  private final InstanceValidator.CompiledSchema schema;
  private final Map<String, Shape> fields;

  BodyReader(MediaType media, InstanceValidator validator) {
    this.media = media;
    this.range = MediaRange.of(media.mediaType());
    this.kind = kindOf(range);
    SchemaView view = media.schema().orElse(null);
    this.schema = view == null || kind == Kind.OPAQUE ? null
        : validator.compile(view, InstanceValidator.Direction.REQUEST);
    Map<String, Shape> f = new LinkedHashMap<>();
    if (view != null && (kind == Kind.FORM || kind == Kind.MULTIPART)) {
      view.properties().forEach((k, v) -> f.put(k, ValueCoercion.shape(v)));
    }
    this.fields = Map.copyOf(f);
  }

  private static Kind kindOf(MediaRange r) {
    if (r == null) {
      return Kind.OPAQUE;
    }
    if (r.isJson() || r.isWildcard()) {
      return Kind.JSON;
    }
    if (r.essence().equals("application/x-www-form-urlencoded")) {
      return Kind.FORM;
    }
    if (r.essence().equals("multipart/form-data")) {
      return Kind.MULTIPART;
    }
    if (r.type().equals("text") && !r.subtype().equals("xml") && !r.subtype().equals("html")) {
      return Kind.TEXT;
    }
    return Kind.OPAQUE;
  }

  public MediaType media() {
    return media;
  }

  MediaRange range() {
    return range;
  }

  InstanceValidator.CompiledSchema schema() {
    return schema;
  }

  boolean validates() {
    return schema != null && !schema.acceptsAnything();
  }

  /** The thrown-away result of a body that cannot be read as its media type says. */
  static final class Unreadable extends Exception {
    Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  /** The body as JSON; {@code contentType} is the request's header (multipart needs its boundary). */
  JsonNode read(byte[] body, String contentType) throws Unreadable {
    switch (kind) {
      case JSON:
        if (body.length == 0) {
          throw new Unreadable("the body is empty; a JSON value is expected");
        }
        try {
          return JSON.readTree(body);
        } catch (JsonProcessingException e) {
          throw new Unreadable("the body is not valid JSON: " + e.getOriginalMessage()
              + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                  + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
          throw new Unreadable("the body could not be read: " + e.getMessage());
        }
      case FORM:
        return form(new String(body, StandardCharsets.UTF_8));
      case MULTIPART:
        return multipart(body, contentType);
      case TEXT:
        return NODES.textNode(new String(body, StandardCharsets.UTF_8));
      default:
        return NODES.missingNode();
    }
  }

  private JsonNode form(String text) {
    Map<String, java.util.List<String>> values = new LinkedHashMap<>();
    if (!text.isEmpty()) {
      for (String pair : text.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String k = decode(eq < 0 ? pair : pair.substring(0, eq));
        String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
        values.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(v);
      }
    }
    return fields(values);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  private JsonNode fields(Map<String, List<String>> values) {
    ObjectNode o = NODES.objectNode();
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      Shape shape = fields.get(e.getKey());
      if (shape != null && shape.kind() == Shape.Kind.ARRAY && shape.emptyText(e.getValue())) {
        o.put(e.getKey(), "");
      } else if (shape != null && shape.kind() == Shape.Kind.ARRAY) {
        ArrayNode a = NODES.arrayNode();
        for (String v : e.getValue()) {
          for (String part : e.getValue().size() == 1 ? v.split(",", -1) : new String[] {v}) {
            a.add(shape.items().coerce(part));
          }
        }
        o.set(e.getKey(), a);
      } else {
        String v = e.getValue().get(0);
        o.set(e.getKey(), shape == null ? NODES.textNode(v) : shape.scalar().coerce(v));
      }
    }
    return o;
  }

  /** multipart/form-data: each part's name and text; file parts count as strings (format: binary). */
  private JsonNode multipart(byte[] body, String contentType) throws Unreadable {
    String boundary = null;
    if (contentType != null) {
      for (String p : contentType.split(";")) {
        String t = p.trim();
        if (t.regionMatches(true, 0, "boundary=", 0, 9)) {
          boundary = t.substring(9).replace("\"", "");
        }
      }
    }
    if (boundary == null || boundary.isEmpty()) {
      throw new Unreadable("the multipart body has no boundary in its Content-Type");
    }
    String text = new String(body, StandardCharsets.ISO_8859_1);
    String delimiter = "--" + boundary;
    Map<String, List<String>> values = new LinkedHashMap<>();
    int at = text.indexOf(delimiter);
    if (at < 0) {
      throw new Unreadable("the multipart body does not contain its boundary");
    }
    while (at >= 0) {
      int start = at + delimiter.length();
      if (text.startsWith("--", start)) {
        break;
      }
      int next = text.indexOf(delimiter, start);
      if (next < 0) {
        throw new Unreadable("the multipart body is not closed by its boundary");
      }
      String part = text.substring(start, next);
      int headersEnd = part.indexOf("\r\n\r\n");
      if (headersEnd >= 0) {
        String headers = part.substring(0, headersEnd);
        String content = part.substring(headersEnd + 4);
        if (content.endsWith("\r\n")) {
          content = content.substring(0, content.length() - 2);
        }
        String name = dispositionName(headers);
        if (name != null) {
          values.computeIfAbsent(name, k -> new java.util.ArrayList<>())
              .add(new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
      }
      at = next;
    }
    return fields(values);
  }

  private static String dispositionName(String headers) {
    for (String line : LINES.split(headers)) {
      if (line.regionMatches(true, 0, "content-disposition:", 0, 20)) {
        for (String p : line.substring(20).split(";")) {
          String t = p.trim();
          if (t.startsWith("name=")) {
            return t.substring(5).replace("\"", "");
          }
        }
      }
    }
    return null;
  }

}
