package dev.charter.codegen.contract.runtime;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request sent and what came back: the status, headers (names in lower case) and body; or, when
 * no response arrived, why ({@link #error()}). {@link #curl()} reproduces the request.
 *
 * @param request the request as the test wrote it
 * @param uri where it was sent
 * @param curl the request as a curl command line, credentials left as {@code $CHARTER_…} variables
 * @param status the status code, 0 when no response arrived
 * @param error why no response arrived, when none did
 */
public record Exchange(ApiRequest request, URI uri, String curl, int status, Map<String, List<String>> headers,
    byte[] body, Optional<String> error) {

  public Exchange {
    TreeMap<String, List<String>> h = new TreeMap<>();
    headers.forEach((k, v) -> h.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new java.util.ArrayList<>()).addAll(v));
    h.replaceAll((k, v) -> List.copyOf(v));
    headers = java.util.Collections.unmodifiableMap(h);
    body = body == null ? new byte[0] : body.clone();
  }

  public static Exchange failed(ApiRequest request, URI uri, String curl, String why) {
    return new Exchange(request, uri, curl, 0, Map.of(), new byte[0], Optional.of(why));
  }

  public boolean completed() {
    return error.isEmpty();
  }

  /** The first value of a response header (any case), if present. */
  public Optional<String> header(String name) {
    List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /** Every value of a response header, joined with {@code ", "} as HTTP allows for repeated fields. */
  public Optional<String> joinedHeader(String name) {
    List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", v));
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  public int bodyLength() {
    return body.length;
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The start of the body, for messages. */
  public String bodyPreview(int max) {
    String text = bodyText().replaceAll("\\s+", " ").strip();
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }
}
