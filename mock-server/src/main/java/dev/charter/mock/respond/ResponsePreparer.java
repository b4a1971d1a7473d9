package dev.charter.mock.respond;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.core.model.Example;
import dev.charter.core.model.Header;
import dev.charter.core.model.MediaType;
import dev.charter.core.model.Response;
import dev.charter.core.model.SchemaView;
import dev.charter.core.sample.SampleGenerator;
import dev.charter.mock.negotiate.MediaRange;
import io.undertow.util.HttpString;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes documented responses ready to send, once, when the spec is loaded: every example
 * serialised to bytes, a value generated from the schema where there is no example, and a value
 * for every declared response header. The request path then only picks and copies.
 */
public final class ResponsePreparer {
  /** The name under which the value generated from the schema is kept, when there is no example. */
  public static final String GENERATED = "";
  /** Headers the HTTP layer sets itself; OpenAPI says to ignore their declarations. */
  private static final Set<String> OWN_HEADERS = Set.of("content-type", "content-length", "transfer-encoding",
      "connection", "date");

  private final ObjectMapper json;
  private final SampleGenerator staticValues =
      new SampleGenerator(SampleGenerator.Options.staticFor(SampleGenerator.Direction.RESPONSE));

  public ResponsePreparer(ObjectMapper json) {
    this.json = json;
  }

  /** {@code response} as sent with status {@code status}. */
  public PreparedResponse prepare(Response response, int status) {
    List<PreparedResponse.HeaderValue> headers = new ArrayList<>();
    for (Header h : response.headers()) {
      // a name that is not an HTTP token (a space, a line break, non-ASCII) cannot be sent at all
      if (OWN_HEADERS.contains(h.name().toLowerCase(Locale.ROOT)) || !isToken(h.name())) {
        continue;
      }
      headerValue(h).ifPresent(v -> headers.add(new PreparedResponse.HeaderValue(new HttpString(h.name()), v)));
    }
    List<PreparedContent> contents = new ArrayList<>();
    List<MediaRange> offered = new ArrayList<>();
    for (MediaType m : response.content()) {
      MediaRange range = MediaRange.of(m.mediaType());
      if (range == null) {
        continue;
      }
      contents.add(content(m, range));
      offered.add(range);
    }
    return new PreparedResponse(status, response, headers, contents, offered);
  }

  private PreparedContent content(MediaType m, MediaRange range) {
    Map<String, ByteBuffer> examples = new LinkedHashMap<>();
    String first = null;
    for (Example e : m.examples()) {
      if (e.value().isEmpty()) {
        continue;
      }
      String name = e.name().orElse("example");
      if (!examples.containsKey(name)) {
        examples.put(name, buffer(bytes(e.value().get(), range)));
        first = first == null ? name : first;
      }
    }
    if (first == null) {
      first = GENERATED;
      JsonNode generated = m.schema().map(staticValues::generate).orElse(null);
      examples.put(GENERATED, generated == null ? PreparedContent.EMPTY : buffer(bytes(generated, range)));
    }
    String contentType = contentType(m.mediaType(), range);
    return new PreparedContent(contentType, range, examples, first, m.schema());
  }

  /** A concrete Content-Type for a documented media type (a wildcard one is sent as JSON or text). */
  private static String contentType(String written, MediaRange range) {
    if (!range.isWildcard()) {
      return range.isJson() || range.type().equals("text") ? withCharset(written) : written;
    }
    return range.type().equals("text") ? "text/plain; charset=utf-8" : "application/json";
  }

  private static String withCharset(String type) {
    return type.toLowerCase(Locale.ROOT).contains("charset") || !type.startsWith("text/") ? type : type + "; charset=utf-8";
  }

  /** The bytes of a value in a media type: text as itself for text types, JSON otherwise. */
  public byte[] bytes(JsonNode value, MediaRange range) {
    if (value.isTextual() && range != null && !range.isJson()) {
      return value.asText().getBytes(StandardCharsets.UTF_8);
    }
    try {
      return json.writeValueAsBytes(value);
    } catch (Exception e) {
      return value.toString().getBytes(StandardCharsets.UTF_8);
    }
  }

  private static ByteBuffer buffer(byte[] bytes) {
    ByteBuffer b = ByteBuffer.allocateDirect(bytes.length);
    b.put(bytes).flip();
    return b.asReadOnlyBuffer();
  }

  private Optional<String> headerValue(Header h) {
    JsonNode value = null;
    for (Example e : h.examples()) {
      if (e.value().isPresent()) {
        value = e.value().get();
        break;
      }
    }
    if (value == null) {
      Optional<SchemaView> schema = h.schema();
      if (schema.isEmpty()) {
        return h.required() ? Optional.of("value") : Optional.empty();
      }
      value = staticValues.generate(schema.get());
    }
    String text = simpleStyle(value);
    // header values must be visible ASCII or spaces; anything else would corrupt the response
    return text.chars().allMatch(c -> c >= 0x20 && c < 0x7f) ? Optional.of(text) : Optional.empty();
  }

  /** RFC 9110 §5.6.2: a header name is one or more of {@code !#$%&'*+-.^_`|~}, digits and ASCII letters. */
  static boolean isToken(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** OpenAPI's {@code simple} style: scalars as text, arrays comma-separated, objects as key,value pairs. */
  static String simpleStyle(JsonNode v) {
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(x -> parts.add(x.isValueNode() ? x.asText() : x.toString()));
      return String.join(",", parts);
    }
    if (v.isObject()) {
      List<String> parts = new ArrayList<>();
      v.properties().forEach(e -> {
        parts.add(e.getKey());
        parts.add(e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
      });
      return String.join(",", parts);
    }
    return v.isNull() ? "" : v.asText();
  }
}
