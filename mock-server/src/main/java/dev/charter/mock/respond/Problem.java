package dev.charter.mock.respond;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.core.diag.Location;
import dev.charter.mock.validate.RequestViolation;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 9457 problem details the mock answers with ({@code application/problem+json}). Each
 * {@code type} is an anchor of the error catalogue the mock serves at {@code /_charter/errors}
 * (docs/mock/errors.md), so a client can follow it to the explanation.
 */
public final class Problem {
  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String TYPE_BASE = "/_charter/errors#";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The kinds of problem: anchor, title and status. */
  public enum Kind {
    NO_ROUTE("no-route", "No path of the contract matches", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not documented for this path", 405),
    NOT_ACCEPTABLE("not-acceptable", "No documented response media type is acceptable", 406),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Request media type not documented", 415),
    INVALID_REQUEST("invalid-request", "The request does not match the contract", 422),
    UNAUTHORIZED("unauthorized", "Credentials missing or not usable", 401),
    FORBIDDEN("forbidden", "Credentials lack a required scope", 403),
    NO_RESPONSE_DEFINED("no-response-defined", "The contract documents no such response", 404),
    NO_EXAMPLE_DEFINED("no-example-defined", "The contract documents no such example", 404),
    BODY_TOO_LARGE("body-too-large", "Request body over the limit", 413),
    BODY_NOT_READ("body-not-read", "The request body could not be read", 400),
    INTERNAL("internal-error", "The mock failed to answer", 500);

    public final String anchor;
    public final String title;
    public final int status;

    Kind(String anchor, String title, int status) {
      this.anchor = anchor;
      this.title = title;
      this.status = status;
    }
  }

  private Problem() {}

  public static byte[] json(Kind kind, String detail, String instance, List<RequestViolation> violations) {
    ObjectNode o = NODES.objectNode();
    o.put("type", TYPE_BASE + kind.anchor);
    o.put("title", kind.title);
    o.put("status", kind.status);
    o.put("detail", detail);
    o.put("instance", instance);
    if (!violations.isEmpty()) {
      o.set("violations", violations(violations, Integer.MAX_VALUE));
    }
    try {
      return JSON.writeValueAsBytes(o);
    } catch (Exception e) {
      return ("{\"title\":\"" + kind.title + "\",\"status\":" + kind.status + "}").getBytes(StandardCharsets.UTF_8);
    }
  }

  /** The violations as JSON: where in the request, what, and where the rule is in the spec. */
  public static ArrayNode violations(List<RequestViolation> violations, int limit) {
    ArrayNode a = NODES.arrayNode();
    for (RequestViolation v : violations) {
      if (a.size() >= limit) {
        break;
      }
      ObjectNode x = a.addObject();
      x.put("in", v.in());
      if (!v.name().isEmpty()) {
        x.put("name", v.name());
      }
      x.put("pointer", v.pointer());
      x.put("message", v.message());
      x.put("keyword", v.keyword());
      Location l = v.specLocation();
      ObjectNode spec = x.putObject("spec");
      spec.put("file", l.file());
      if (l.line() > 0) {
        spec.put("line", l.line());
        spec.put("column", l.column());
      }
      spec.put("pointer", l.pointer());
    }
    return a;
  }

  /**
   * The violations for a response header ({@code Charter-Violations}): compact JSON, at most
   * {@code maxBytes} long; violations that do not fit are left out and counted in a last entry.
   */
  public static String header(List<RequestViolation> violations, int maxBytes) {
    for (int n = violations.size(); n >= 0; n--) {
      ArrayNode a = violations(violations, n);
      if (n < violations.size()) {
        a.addObject().put("omitted", violations.size() - n);
      }
      String text = a.toString();
      if (text.length() <= maxBytes) {
        return ascii(text);
      }
    }
    return "[]";
  }

  /** Header values must be ASCII: anything else is escaped as JSON would. */
  private static String ascii(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7f) {
        if (sb != null) {
          sb.append(c);
        }
      } else {
        if (sb == null) {
          sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        sb.append(String.format("\\u%04x", (int) c));
      }
    }
    return sb == null ? s : sb.toString();
  }
}
