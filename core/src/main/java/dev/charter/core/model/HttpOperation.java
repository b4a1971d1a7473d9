package dev.charter.core.model;

import dev.charter.core.diag.Location;
import dev.charter.core.spec.SpecNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One operation, normalised from any OpenAPI version: path-level parameters merged in (an
 * operation-level one with the same name and location wins), Swagger 2.0 body and form parameters
 * turned into a request body per media type, {@code produces}/{@code consumes} applied, security
 * and servers taken from the document when the operation does not override them.
 *
 * @param path the path template as written ({@code /pets/{petId}}), or the webhook's name
 * @param security the requirements that apply (the operation's, else the document's); empty
 *     list means none are declared
 */
public record HttpOperation(HttpMethod method, String path, Optional<String> operationId, Optional<String> summary,
    List<String> tags, boolean deprecated, List<Parameter> parameters, Optional<RequestBody> requestBody,
    List<Response> responses, List<SecurityRequirement> security, boolean securityDeclared, List<Server> servers,
    List<Callback> callbacks, boolean webhook, SpecNode pathItem, SpecNode node) {

  private static final Pattern TEMPLATE = Pattern.compile("\\{[^}/]*}");

  public HttpOperation {
    tags = List.copyOf(tags);
    parameters = List.copyOf(parameters);
    responses = List.copyOf(responses);
    security = List.copyOf(security);
    servers = List.copyOf(servers);
    callbacks = List.copyOf(callbacks);
  }

  /** A callback of an operation: its name, the runtime expression, and the operations under it. */
  public record Callback(String name, String expression, List<HttpOperation> operations, SpecNode node) {}

  /** {@code GET /pets/{petId}}, as people write it. */
  public String display() {
    return method.name() + " " + path;
  }

  /**
   * The path with parameter names erased ({@code /pets/{}}): two documents that rename a path
   * parameter still describe the same operation.
   */
  public String normalizedPath() {
    return normalizePath(path);
  }

  public static String normalizePath(String path) {
    return TEMPLATE.matcher(path).replaceAll("{}");
  }

  /** {@code GET /pets/{}}: identifies the operation across versions of a document. */
  public String key() {
    return (webhook ? "webhook " : "") + method.name() + " " + normalizedPath();
  }

  public Location location() {
    return node.location();
  }

  public List<Parameter> parameters(String in) {
    return parameters.stream().filter(p -> p.in().equals(in)).toList();
  }

  public Optional<Response> response(String status) {
    return responses.stream().filter(r -> r.status().equalsIgnoreCase(status)).findFirst();
  }

  /** The names of the path parameters in the template, in order. */
  public List<String> templateParameters() {
    List<String> names = new java.util.ArrayList<>();
    var m = TEMPLATE.matcher(path);
    while (m.find()) {
      names.add(m.group().substring(1, m.group().length() - 1));
    }
    return names;
  }
}
