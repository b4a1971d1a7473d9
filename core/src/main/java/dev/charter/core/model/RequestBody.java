package dev.charter.core.model;

import dev.charter.core.spec.SpecNode;
import java.util.List;
import java.util.Optional;

/** A request body: whether it is required and the media types it may have. */
public record RequestBody(boolean required, Optional<String> description, List<MediaType> content, SpecNode node) {
  public RequestBody {
    content = List.copyOf(content);
  }

  public Optional<MediaType> mediaType(String type) {
    return content.stream().filter(m -> m.mediaType().equalsIgnoreCase(type)).findFirst();
  }
}
