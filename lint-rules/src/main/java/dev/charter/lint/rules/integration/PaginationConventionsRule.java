package dev.charter.lint.rules.integration;

import dev.charter.core.diag.Severity;
import dev.charter.core.model.HttpMethod;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.model.MediaType;
import dev.charter.core.model.Response;
import dev.charter.core.model.SchemaView;
import dev.charter.lint.LintRule;
import dev.charter.lint.Rule;
import dev.charter.lint.RuleContext;
import dev.charter.lint.RuleFamily;
import dev.charter.lint.RuleOption;
import dev.charter.lint.SpecFormat;

@LintRule(
    id = "pagination-conventions",
    severity = Severity.WARN,
    formats = {SpecFormat.OAS2, SpecFormat.OAS3_0, SpecFormat.OAS3_1, SpecFormat.OAS3_2},
    family = RuleFamily.INTEGRATION,
    summary = "Operations that list a collection must be paginated: a page size or cursor query parameter.",
    rationale = """
        A list that is returned whole grows with the data until it times out or exhausts memory, on the
          server and on the client. Pagination parameters (limit/offset, page/size, cursor) keep each response bounded.
        """,
    bad = """
        get:
          responses:
            '200':
              content:
                application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}
        """,
    good = """
        get:
          parameters:
            - {name: limit, in: query, schema: {type: integer, maximum: 100}}
            - {name: cursor, in: query, schema: {type: string}}
          responses:
            '200':
              content:
                application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}
        """,
    options = {
        @RuleOption(name = "parameters", type = RuleOption.Type.STRING_LIST, description = "Query parameter names that paginate.", defaultValue = "[\"limit\", \"offset\", \"page\", \"cursor\", \"per_page\", \"perPage\", \"page_size\", \"pageSize\", \"size\", \"after\", \"before\", \"starting_after\", \"ending_before\", \"page_token\", \"pageToken\", \"next\", \"continuation\", \"max_results\", \"maxResults\", \"top\", \"skip\", \"$top\", \"$skip\"]")})
public final class PaginationConventionsRule implements Rule {
  private static final java.util.Set<String> WRAPPERS = java.util.Set.of("data", "items", "results", "records", "values",
      "content", "entries", "list", "elements");

  @Override
  public void check(RuleContext context) {
    java.util.List<String> parameters = context.stringListOption("parameters");
    java.util.Set<String> names = new java.util.HashSet<>();
    parameters.forEach(p -> names.add(p.toLowerCase(java.util.Locale.ROOT)));
    // The message names the first few, however many are configured.
    String named = String.join(", ", parameters.subList(0, Math.min(4, parameters.size())))
        + (parameters.size() > 4 ? ", …" : "");
    for (HttpOperation op : context.openApi().operations()) {
      if (op.method() != HttpMethod.GET || !returnsCollection(op)) {
        continue;
      }
      boolean paginated = op.parameters("query").stream().anyMatch(p -> names.contains(p.name().toLowerCase(java.util.Locale.ROOT)));
      if (!paginated) {
        context.report(op.node(), op.display() + " returns a collection but takes no pagination parameter (" + named + ").");
      }
    }
  }

  private static boolean returnsCollection(HttpOperation op) {
    for (Response r : op.responses()) {
      if (!r.isSuccess()) {
        continue;
      }
      for (MediaType m : r.content()) {
        if (m.schema().map(PaginationConventionsRule::collection).orElse(false)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean collection(SchemaView s) {
    if (s.types().contains("array")) {
      return true;
    }
    for (var e : s.properties().entrySet()) {
      if (WRAPPERS.contains(e.getKey()) && e.getValue().types().contains("array")) {
        return true;
      }
    }
    return false;
  }
}
