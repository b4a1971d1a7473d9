package dev.charter.codegen.openapigenerator;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Severity;
import dev.charter.core.model.HttpOperation;
import dev.charter.core.model.MediaType;
import dev.charter.core.model.OpenApiModel;
import dev.charter.core.model.Parameter;
import dev.charter.core.model.Response;
import dev.charter.core.model.SchemaView;
import dev.charter.core.spec.SpecNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds spec text that OpenAPI Generator 7.25.0 copies into generated code unescaped, where it
 * cannot be changed without changing the API:
 *
 * <ul>
 *   <li>names that go on the wire (property, parameter and header names) with a double quote, a
 *       backslash or a control character: they land in string literals ({@code "%sa"b%s=%s"} in
 *       the Java client's query-string code, among others);
 *   <li>string default values containing {@code *}{@code /} or a backslash: they land in Javadoc
 *       ({@code default to ...}, where {@code *}{@code /} ends the comment) and in Spring's
 *       {@code defaultValue = "..."} with quotes escaped but backslashes not.
 * </ul>
 *
 * The generated code would not compile, so charter reports each, with its position, before the
 * generator runs. Free text (descriptions, titles, tags) is adjusted instead ({@link KnownIssueWorkarounds}).
 */
final class UnsafeSpecText {
  private UnsafeSpecText() {}

  static List<Diagnostic> check(OpenApiModel model) {
    Walk walk = new Walk();
    List<HttpOperation> all = new ArrayList<>(model.operations());
    all.addAll(model.webhooks());
    for (HttpOperation op : all) {
      for (Parameter p : op.parameters()) {
        walk.name(p.name(), p.in() + " parameter", p.node().get("name").orElse(p.node()));
        p.schema().ifPresent(walk::schema);
      }
      op.requestBody().ifPresent(b -> b.content().forEach(m -> m.schema().ifPresent(walk::schema)));
      for (Response r : op.responses()) {
        r.headers().forEach(h -> walk.name(h.name(), "response header", h.node()));
        for (MediaType m : r.content()) {
          m.schema().ifPresent(walk::schema);
        }
      }
    }
    model.schemas().values().forEach(walk::schema);
    return walk.problems;
  }

  static Optional<String> problem(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '"') {
        return Optional.of("a double quote");
      }
      if (c == '\\') {
        return Optional.of("a backslash");
      }
      if (c < 0x20 || c == 0x7f) {
        return Optional.of("a control character");
      }
    }
    return Optional.empty();
  }

  private static final class Walk {
    final List<Diagnostic> problems = new ArrayList<>();
    final Set<String> seen = new HashSet<>();

    void name(String name, String what, SpecNode where) {
      problem(name).ifPresent(p -> problems.add(new Diagnostic("generate-unsafe-wire-name", Severity.ERROR,
          "the " + what + " name '" + name + "' contains " + p + ", which OpenAPI Generator copies into generated"
              + " code unescaped (it would not compile); rename it in the spec", where.location())));
    }

    void defaultValue(com.fasterxml.jackson.databind.JsonNode value, SchemaView owner) {
      if (!value.isTextual()) {
        return;
      }
      String text = value.asText();
      String what = text.contains("*/") ? "'*/', which OpenAPI Generator copies into Javadoc unescaped (it would end the comment)"
          : text.indexOf('\\') >= 0 ? "a backslash, which OpenAPI Generator copies into string literals unescaped" : null;
      if (what != null) {
        SpecNode at = owner.node().get("default").orElse(owner.node());
        problems.add(new Diagnostic("generate-unsafe-default", Severity.ERROR, "the default value '" + text
            + "' contains " + what + "; the generated code would not compile", at.location()));
      }
    }

    void schema(SchemaView s) {
      if (!seen.add(s.id()) || seen.size() > 100_000) {
        return;
      }
      s.defaultValue().ifPresent(d -> defaultValue(d, s));
      for (Map.Entry<String, SchemaView> p : s.properties().entrySet()) {
        SpecNode at = s.node().get("properties").flatMap(n -> n.get(p.getKey())).orElse(s.node());
        name(p.getKey(), "property", at);
        schema(p.getValue());
      }
      s.items().ifPresent(this::schema);
      s.additionalProperties().ifPresent(this::schema);
      s.prefixItems().forEach(this::schema);
      s.allOf().forEach(this::schema);
      s.oneOf().forEach(this::schema);
      s.anyOf().forEach(this::schema);
      s.not().ifPresent(this::schema);
      s.siblingRef().ifPresent(this::schema);
    }
  }
}
