package dev.charter.lint.spectral.functions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.lint.RuleContext;
import dev.charter.lint.spectral.FunctionResult;
import dev.charter.lint.spectral.OptionsException;
import dev.charter.lint.spectral.RulesetFunction;
import dev.charter.lint.spectral.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code xor} (exactly one of {@code properties}) and {@code or} (at least one). */
public final class PropertiesFunction implements RulesetFunction {
  public static final PropertiesFunction XOR = new PropertiesFunction("xor");
  public static final PropertiesFunction OR = new PropertiesFunction("or");

  private final String name;

  private PropertiesFunction(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Object prepare(JsonNode options) throws OptionsException {
    Options.object(name, options, Set.of("properties"));
    Options.required(name, options, "properties");
    JsonNode props = options.get("properties");
    if (!props.isArray() || props.size() < 2) {
      throw new OptionsException("properties", "\"" + name + "\" requires at least two enumerated \"properties\", i.e. [\"country\", \"street\"], [\"one\", \"two\", \"three\"], etc.");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode p : props) {
      if (!p.isTextual()) {
        throw Options.type(name, "properties", "array of strings");
      }
      out.add(p.textValue());
    }
    return List.copyOf(out);
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<FunctionResult> run(Target target, Object options, RuleContext context) {
    JsonNode v = target.value();
    if (v == null || !v.isObject()) {
      return List.of();
    }
    List<String> properties = (List<String>) options;
    List<String> present = new ArrayList<>();
    v.fieldNames().forEachRemaining(k -> {
      if (properties.contains(k)) {
        present.add(k);
      }
    });
    List<FunctionResult> out = new ArrayList<>();
    if (present.isEmpty()) {
      out.add(FunctionResult.here(properties.size() > 4
          ? "At least one of \"" + String.join("\" or \"", properties.subList(0, 3)) + "\" or " + (properties.size() - 3)
              + " other properties must be defined"
          : "At least one of \"" + String.join("\" or \"", properties) + "\" must be defined"));
    }
    if (name.equals("xor") && present.size() > 1) {
      out.add(FunctionResult.here("Just one of \"" + String.join("\" and \"", present) + "\" must be defined"));
    }
    return out;
  }
}
