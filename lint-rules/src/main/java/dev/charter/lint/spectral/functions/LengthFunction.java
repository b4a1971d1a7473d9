package dev.charter.lint.spectral.functions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.lint.RuleContext;
import dev.charter.lint.jsonpath.Js;
import dev.charter.lint.spectral.FunctionResult;
import dev.charter.lint.spectral.OptionsException;
import dev.charter.lint.spectral.RulesetFunction;
import dev.charter.lint.spectral.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code length}: the length of a string or array, the member count of an object, or a number itself, between {@code min} and {@code max}. */
public final class LengthFunction implements RulesetFunction {
  private record Prepared(Double min, Double max) {}

  @Override
  public String name() {
    return "length";
  }

  @Override
  public Object prepare(JsonNode options) throws OptionsException {
    Options.object("length", options, Set.of("min", "max"));
    if (options.isEmpty()) {
      throw new OptionsException("", "\"length\" function has invalid options specified: give \"min\", \"max\" or both");
    }
    return new Prepared(number(options, "min"), number(options, "max"));
  }

  private static Double number(JsonNode options, String name) throws OptionsException {
    JsonNode v = options.get(name);
    if (v == null) {
      return null;
    }
    if (!v.isNumber()) {
      throw Options.type("length", name, "number");
    }
    return v.doubleValue();
  }

  @Override
  public List<FunctionResult> run(Target target, Object options, RuleContext context) {
    JsonNode v = target.value();
    double value;
    if (v == null) {
      return List.of();
    } else if (v.isObject() || v.isArray()) {
      value = v.size();
    } else if (v.isTextual()) {
      value = v.textValue().length();
    } else if (v.isNumber()) {
      value = v.doubleValue();
    } else {
      return List.of();
    }
    Prepared p = (Prepared) options;
    List<FunctionResult> out = new ArrayList<>();
    if (p.min() != null && value < p.min()) {
      out.add(FunctionResult.here("#{{print(\"property\")}}must be longer than " + Js.number(p.min())));
    }
    if (p.max() != null && value > p.max()) {
      out.add(FunctionResult.here("#{{print(\"property\")}}must be shorter than " + Js.number(p.max())));
    }
    return out;
  }
}
