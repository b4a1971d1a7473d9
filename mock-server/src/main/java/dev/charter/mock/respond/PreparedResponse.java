package dev.charter.mock.respond;

import dev.charter.core.model.Response;
import dev.charter.mock.negotiate.MediaRange;
import io.undertow.util.HttpString;
import java.util.List;

/**
 * A documented response made ready to send: its status code, its declared headers with values,
 * and its body in each media type.
 *
 * @param status the code sent ({@code 2XX} is sent as 200, {@code default} as the code it stands in for)
 * @param headers declared response headers with their example or generated values
 * @param contents one per documented media type, in document order
 */
public record PreparedResponse(int status, Response response, List<HeaderValue> headers,
    List<PreparedContent> contents, List<MediaRange> offered) {

  public PreparedResponse {
    headers = List.copyOf(headers);
    contents = List.copyOf(contents);
    offered = List.copyOf(offered);
  }

  /** A response header (its name made ready for the HTTP engine once) and the value sent. */
  public record HeaderValue(HttpString name, String value) {}

  public boolean hasBody() {
    return !contents.isEmpty();
  }

  /** The same response sent with another status (a {@code 4XX} or {@code default} response used for a given code). */
  public PreparedResponse withStatus(int code) {
    return code == status ? this : new PreparedResponse(code, response, headers, contents, offered);
  }
}
