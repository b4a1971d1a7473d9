package dev.charter.core.model;

import dev.charter.core.spec.SpecNode;
import java.util.List;
import java.util.Optional;

/**
 * A documented response: {@code status} is as written ({@code 200}, {@code 4XX}, {@code default}).
 */
public record Response(String status, Optional<String> description, List<Header> headers, List<MediaType> content,
    Optional<SpecNode> links, SpecNode node) {

  public Response {
    headers = List.copyOf(headers);
    content = List.copyOf(content);
  }

  public boolean isDefault() {
    return status.equals("default");
  }

  /** The first digit of the status class ('2' for 200 and 2XX), or 0 for {@code default}. */
  public int statusClass() {
    char c = status.isEmpty() ? '0' : status.charAt(0);
    return Character.isDigit(c) ? c - '0' : 0;
  }

  public boolean isSuccess() {
    return statusClass() == 2;
  }

  /** Whether {@code code} falls under this response (exactly, by range, or as the default). */
  public boolean covers(int code) {
    if (isDefault()) {
      return true;
    }
    if (status.length() == 3 && (status.endsWith("XX") || status.endsWith("xx"))) {
      return code / 100 == statusClass();
    }
    return status.equals(Integer.toString(code));
  }

  public Optional<MediaType> mediaType(String type) {
    return content.stream().filter(m -> m.mediaType().equalsIgnoreCase(type)).findFirst();
  }
}
