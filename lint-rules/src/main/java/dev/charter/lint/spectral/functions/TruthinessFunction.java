package dev.charter.lint.spectral.functions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.lint.RuleContext;
import dev.charter.lint.rules.support.JsValues;
import dev.charter.lint.spectral.FunctionResult;
import dev.charter.lint.spectral.OptionsException;
import dev.charter.lint.spectral.RulesetFunction;
import dev.charter.lint.spectral.Target;
import java.util.List;

/** {@code truthy}, {@code falsy}, {@code defined} and {@code undefined}: one check of the value each. */
public final class TruthinessFunction implements RulesetFunction {
  private final String name;

  private TruthinessFunction(String name) {
    this.name = name;
  }

  public static final TruthinessFunction TRUTHY = new TruthinessFunction("truthy");
  public static final TruthinessFunction FALSY = new TruthinessFunction("falsy");
  public static final TruthinessFunction DEFINED = new TruthinessFunction("defined");
  public static final TruthinessFunction UNDEFINED = new TruthinessFunction("undefined");

  @Override
  public String name() {
    return name;
  }

  @Override
  public Object prepare(JsonNode options) throws OptionsException {
    Options.none(name, options);
    return null;
  }

  @Override
  public List<FunctionResult> run(Target target, Object options, RuleContext context) {
    JsonNode v = target.value();
    boolean bad = switch (name) {
      case "truthy" -> !JsValues.truthy(v);
      case "falsy" -> JsValues.truthy(v);
      case "defined" -> v == null;
      default -> v != null;
    };
    return bad ? List.of(FunctionResult.here("#{{print(\"property\")}}must be " + name)) : List.of();
  }
}
