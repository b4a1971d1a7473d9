package dev.charter.mock.server;

import dev.charter.core.model.HttpOperation;
import dev.charter.core.model.Response;
import dev.charter.mock.respond.PreparedResponse;
import dev.charter.mock.validate.RequestValidator;
import dev.charter.mock.validate.SecurityCheck;
import java.util.List;

/**
 * One operation made ready to serve: its request checks and its responses, all prepared when the
 * spec was loaded.
 *
 * @param success what a valid request gets: the first documented 2xx (else a 2XX range, else
 *     {@code default}, else the first documented response); null when nothing is documented
 * @param invalid the operation's own response for an invalid request (400, else 422), or null
 * @param unauthorized its own 401 response, or null
 * @param forbidden its own 403 response, or null
 */
record MockOperation(HttpOperation operation, RequestValidator requests, SecurityCheck security,
    List<PreparedResponse> responses, PreparedResponse success, PreparedResponse invalid,
    PreparedResponse unauthorized, PreparedResponse forbidden, String key) {

  /** The response documented for status {@code code}: exactly, by range ({@code 4XX}), or as {@code default}. */
  PreparedResponse forCode(int code) {
    PreparedResponse range = null;
    PreparedResponse fallback = null;
    for (PreparedResponse r : responses) {
      Response doc = r.response();
      if (doc.isDefault()) {
        fallback = r;
      } else if (doc.status().equals(Integer.toString(code))) {
        return r.withStatus(code);
      } else if (range == null && doc.covers(code)) {
        range = r;
      }
    }
    if (range != null) {
      return range.withStatus(code);
    }
    return fallback == null ? null : fallback.withStatus(code);
  }
}
