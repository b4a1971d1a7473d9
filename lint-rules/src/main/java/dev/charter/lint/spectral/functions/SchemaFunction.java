package dev.charter.lint.spectral.functions;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.SpecificationVersion;
import dev.charter.lint.RuleContext;
import dev.charter.lint.schema.JsonSchemas;
import dev.charter.lint.spectral.FunctionResult;
import dev.charter.lint.spectral.OptionsException;
import dev.charter.lint.spectral.RulesetFunction;
import dev.charter.lint.spectral.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code schema}: the value must be valid against a JSON Schema given in the options. */
public final class SchemaFunction implements RulesetFunction {
  private record Prepared(JsonSchemas.Compiled schema, boolean allErrors) {}

  @Override
  public String name() {
    return "schema";
  }

  @Override
  public Object prepare(JsonNode options) throws OptionsException {
    Options.object("schema", options, Set.of("schema", "dialect", "allErrors"));
    Options.required("schema", options, "schema");
    JsonNode schema = options.get("schema");
    if (!schema.isObject() && !schema.isBoolean()) {
      throw Options.type("schema", "schema", "object");
    }
    JsonNode dialect = options.get("dialect");
    SpecificationVersion version = JsonSchemas.dialect(dialect == null ? "auto" : dialect.asText(), schema).orElse(null);
    if (version == null || (dialect != null && !dialect.isTextual())) {
      throw new OptionsException("dialect", "\"schema\" function and its \"dialect\" option accepts only the following values: "
          + "\"auto\", \"draft4\", \"draft6\", \"draft7\", \"draft2019-09\", \"draft2020-12\"");
    }
    JsonNode all = options.get("allErrors");
    if (all != null && !all.isBoolean()) {
      throw Options.type("schema", "allErrors", "boolean");
    }
    try {
      return new Prepared(JsonSchemas.compile(schema, version), all != null && all.booleanValue());
    } catch (RuntimeException e) {
      throw new OptionsException("schema", "\"schema\" function: the schema is not valid: " + e.getMessage());
    }
  }

  @Override
  public List<FunctionResult> run(Target target, Object options, RuleContext context) {
    JsonNode v = target.value();
    if (v == null) {
      return List.of(FunctionResult.here("#{{print(\"property\")}}must exist"));
    }
    Prepared p = (Prepared) options;
    List<FunctionResult> out = new ArrayList<>();
    for (JsonSchemas.Problem problem : p.schema().validate(v, p.allErrors())) {
      out.add(new FunctionResult(problem.message(), problem.at()));
    }
    return out;
  }
}
