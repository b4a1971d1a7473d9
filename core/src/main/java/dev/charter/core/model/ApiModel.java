package dev.charter.core.model;

import dev.charter.core.spec.SpecDocument;

/**
 * charter's own normalised model of a spec, built from the loaded tree (never from a library's
 * object model, which was seen to drop data): lint, diff, mock and verify all read this. Every
 * element keeps the {@link dev.charter.core.spec.SpecNode} it came from, so positions stay exact.
 */
public sealed interface ApiModel permits OpenApiModel, AsyncApiModel {

  SpecDocument document();

  /** The model of {@code document}, OpenAPI or AsyncAPI by its version. */
  static ApiModel of(SpecDocument document) {
    return document.version().isOpenApi() ? OpenApiModel.of(document) : AsyncApiModel.of(document);
  }
}
