package dev.charter.lint.spectral.functions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.lint.RuleContext;
import dev.charter.lint.rules.support.JsValues;
import dev.charter.lint.spectral.FunctionResult;
import dev.charter.lint.spectral.OptionsException;
import dev.charter.lint.spectral.RulesetFunction;
import dev.charter.lint.spectral.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code enumeration}: a primitive value must be one of {@code values}. */
public final class EnumerationFunction implements RulesetFunction {
  @Override
  public String name() {
    return "enumeration";
  }

  @Override
  public Object prepare(JsonNode options) throws OptionsException {
    Options.object("enumeration", options, Set.of("values"));
    Options.required("enumeration", options, "values");
    JsonNode values = options.get("values");
    if (!values.isArray()) {
      throw new OptionsException("values", "\"enumeration\" and its \"values\" option support only arrays of primitive values, i.e. [\"Berlin\", \"London\", \"Paris\"]");
    }
    for (JsonNode v : values) {
      if (v.isContainerNode()) {
        throw new OptionsException("values", "\"enumeration\" and its \"values\" option support only arrays of primitive values, i.e. [\"Berlin\", \"London\", \"Paris\"]");
      }
    }
    List<JsonNode> out = new ArrayList<>();
    values.forEach(out::add);
    return List.copyOf(out);
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<FunctionResult> run(Target target, Object options, RuleContext context) {
    JsonNode v = target.value();
    if (v == null || v.isContainerNode()) {
      return List.of();
    }
    List<JsonNode> values = (List<JsonNode>) options;
    for (JsonNode allowed : values) {
      if (allowed.equals(v) || (allowed.isNumber() && v.isNumber() && allowed.doubleValue() == v.doubleValue())) {
        return List.of();
      }
    }
    List<String> printed = values.stream().map(JsValues::print).toList();
    return List.of(FunctionResult.here("#{{print(\"value\")}} must be equal to one of the allowed values: " + String.join(", ", printed)));
  }
}
