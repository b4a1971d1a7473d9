package dev.charter.lint.spectral.functions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.lint.RuleContext;
import dev.charter.lint.rules.support.EnumTypes;
import dev.charter.lint.spectral.FunctionResult;
import dev.charter.lint.spectral.OptionsException;
import dev.charter.lint.spectral.RulesetFunction;
import dev.charter.lint.spectral.Target;
import java.util.ArrayList;
import java.util.List;

/** {@code typedEnum}: the values of {@code enum} must have the declared {@code type}. */
public final class TypedEnumFunction implements RulesetFunction {
  @Override
  public String name() {
    return "typedEnum";
  }

  @Override
  public Object prepare(JsonNode options) throws OptionsException {
    Options.none("typedEnum", options);
    return null;
  }

  @Override
  public List<FunctionResult> run(Target target, Object options, RuleContext context) {
    List<FunctionResult> out = new ArrayList<>();
    for (EnumTypes.Mismatch m : EnumTypes.check(target.value(), context.format())) {
      out.add(new FunctionResult(m.message(), List.of("enum", m.index())));
    }
    return out;
  }
}
