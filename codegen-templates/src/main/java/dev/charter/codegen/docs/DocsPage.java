package dev.charter.codegen.docs;

import dev.charter.codegen.docs.Html.Markup;
import java.util.List;
import java.util.Optional;

/**
 * The view model of the docs page: everything it shows, decided in one pass ({@link
 * DocsPageBuilder}) and immutable. Text is plain (escaped when written); descriptions are {@link
 * Markup} already rendered from CommonMark with raw HTML escaped.
 */
public record DocsPage(String title, String version, String specLabel, Markup description, List<ServerDoc> servers,
    List<Group> groups, List<NamedSchema> schemas) {

  public DocsPage {
    servers = List.copyOf(servers);
    groups = List.copyOf(groups);
    schemas = List.copyOf(schemas);
  }

  public int operationCount() {
    return groups.stream().mapToInt(g -> g.operations().size()).sum();
  }

  public record ServerDoc(String url, Markup description) {}

  /** A tag (OpenAPI) or channel (AsyncAPI) and its operations. */
  public record Group(String name, Markup description, List<OperationDoc> operations) {
    public Group {
      operations = List.copyOf(operations);
    }
  }

  /**
   * One operation.
   *
   * @param anchor the element id ({@code op-12})
   * @param verb {@code GET}, {@code SEND}, {@code RECEIVE}, {@code WEBHOOK POST}
   * @param key what identifies it across the page and tests: {@code GET /pets/{id}}, {@code send user/signedup}
   */
  public record OperationDoc(String anchor, String verb, String path, String key, Optional<String> operationId,
      String summary, Markup description, boolean deprecated, List<ParameterDoc> parameters, List<BodyDoc> requests,
      List<ResponseDoc> responses, List<String> security) {
    public OperationDoc {
      parameters = List.copyOf(parameters);
      requests = List.copyOf(requests);
      responses = List.copyOf(responses);
      security = List.copyOf(security);
    }
  }

  public record ParameterDoc(String name, String in, boolean required, boolean deprecated, String type,
      String constraints, Markup description) {}

  /** A request body in one media type, or an AsyncAPI message (payload, or headers). */
  public record BodyDoc(String label, SchemaDoc schema, List<ExampleDoc> examples) {
    public BodyDoc {
      examples = List.copyOf(examples);
    }
  }

  public record ResponseDoc(String status, Markup description, List<ParameterDoc> headers, List<BodyDoc> bodies) {
    public ResponseDoc {
      headers = List.copyOf(headers);
      bodies = List.copyOf(bodies);
    }
  }

  /**
   * A schema as a table: its type, a link when it is a named schema shown in the Schemas section,
   * and rows for its properties (nested ones indented).
   */
  public record SchemaDoc(String type, Optional<String> link, String constraints, List<Row> rows) {
    public SchemaDoc {
      rows = List.copyOf(rows);
    }
  }

  /** A property: depth 0 for the schema's own, 1 for those of an inline object inside, and so on. */
  public record Row(int depth, String name, String type, Optional<String> link, boolean required, boolean deprecated,
      String constraints, Markup description) {}

  /** A JSON example, pretty-printed, cut at a size limit. */
  public record ExampleDoc(String name, String json, boolean truncated) {}

  public record NamedSchema(String name, String anchor, Markup description, SchemaDoc schema) {}
}
