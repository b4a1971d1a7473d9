package dev.charter.codegen.contract;

import dev.charter.core.model.HttpOperation;
import dev.charter.core.model.Response;
import java.util.ArrayList;
import java.util.List;

/** What a case expects of the response. */
public sealed interface Expectation {

  /** A valid request: whatever comes back must be documented and match what the spec says of it. */
  record Conforms(List<DocumentedResponse> responses) implements Expectation {
    public Conforms {
      responses = List.copyOf(responses);
    }

    public List<String> statuses() {
      return responses.stream().map(DocumentedResponse::status).toList();
    }
  }

  /** An invalid request: it must be refused with a 4xx status. {@code why} says what is wrong with it. */
  record Rejected(String why) implements Expectation {}

  /** A request without credentials to an operation that needs them: 401 or 403. */
  record AuthRejected() implements Expectation {}

  /**
   * One documented response as the checks read it.
   *
   * @param mediaTypes the media types documented for it, as written; empty when it documents no body
   * @param headers its headers other than {@code Content-Type} (which OpenAPI says to ignore)
   */
  record DocumentedResponse(String status, List<String> mediaTypes, List<DocumentedHeader> headers) {
    public DocumentedResponse {
      mediaTypes = List.copyOf(mediaTypes);
      headers = List.copyOf(headers);
    }
  }

  record DocumentedHeader(String name, boolean required) {}

  /** What a valid request to {@code operation} may get back: every response it documents. */
  static Conforms conformsTo(HttpOperation operation) {
    List<DocumentedResponse> out = new ArrayList<>();
    for (Response r : operation.responses()) {
      List<DocumentedHeader> headers = new ArrayList<>();
      r.headers().forEach(h -> {
        if (!h.name().equalsIgnoreCase("Content-Type")) {
          headers.add(new DocumentedHeader(h.name(), h.required()));
        }
      });
      out.add(new DocumentedResponse(r.status(), r.content().stream().map(m -> m.mediaType()).toList(), headers));
    }
    return new Conforms(out);
  }
}
