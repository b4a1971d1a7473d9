package dev.charter.mock.respond;

import dev.charter.core.model.SchemaView;
import dev.charter.mock.negotiate.MediaRange;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Optional;

/**
 * A response body in one media type, ready to send: the bytes of every named example (and of the
 * value generated from the schema when there is no example), serialised once. The schema is kept
 * for dynamic responses.
 *
 * @param contentType the {@code Content-Type} header value
 * @param examples example name → bytes (read-only buffers: send a {@code duplicate()}), in document order
 * @param defaultExample the name of the example served when none is asked for
 */
public record PreparedContent(String contentType, MediaRange range, Map<String, ByteBuffer> examples,
    String defaultExample, Optional<SchemaView> schema) {

  public PreparedContent {
    examples = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(examples));
  }

  public ByteBuffer body(String example) {
    ByteBuffer b = examples.get(example);
    return b == null ? null : b.duplicate();
  }

  public ByteBuffer defaultBody() {
    ByteBuffer b = examples.get(defaultExample);
    return b == null ? EMPTY.duplicate() : b.duplicate();
  }

  public boolean isJson() {
    return range != null && range.isJson();
  }

  static final ByteBuffer EMPTY = ByteBuffer.allocateDirect(0).asReadOnlyBuffer();
}
