package dev.charter.lint.spectral.functions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.lint.RuleContext;
import dev.charter.lint.rules.support.Alphabetical;
import dev.charter.lint.spectral.FunctionResult;
import dev.charter.lint.spectral.OptionsException;
import dev.charter.lint.spectral.RulesetFunction;
import dev.charter.lint.spectral.Target;
import java.util.List;
import java.util.Set;

/** {@code alphabetical}: array items (or an object's keys) in order, optionally by a member of each item. */
public final class AlphabeticalFunction implements RulesetFunction {
  @Override
  public String name() {
    return "alphabetical";
  }

  @Override
  public Object prepare(JsonNode options) throws OptionsException {
    if (Options.absent(options)) {
      return "";
    }
    Options.object("alphabetical", options, Set.of("keyedBy"));
    JsonNode keyedBy = options.get("keyedBy");
    if (keyedBy != null && !keyedBy.isTextual()) {
      throw Options.type("alphabetical", "keyedBy", "string");
    }
    return keyedBy == null ? "" : keyedBy.textValue();
  }

  @Override
  public List<FunctionResult> run(Target target, Object options, RuleContext context) {
    JsonNode v = target.value();
    if (v == null || !v.isContainerNode()) {
      return List.of();
    }
    String keyedBy = (String) options;
    Alphabetical.Problem p = Alphabetical.find(v, keyedBy.isEmpty() ? null : keyedBy);
    if (p == null) {
      return List.of();
    }
    String message = p.message().startsWith("must") ? "#{{print(\"property\")}}" + p.message() : p.message();
    List<Object> at = p.at().isEmpty() ? List.of() : List.of(v.isArray() ? (Object) Integer.valueOf(p.at().get(0)) : p.at().get(0));
    return List.of(new FunctionResult(message, at));
  }
}
