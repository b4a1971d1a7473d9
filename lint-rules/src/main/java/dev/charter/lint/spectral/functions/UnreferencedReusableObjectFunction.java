package dev.charter.lint.spectral.functions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.parse.JsonPointers;
import dev.charter.lint.RuleContext;
import dev.charter.lint.rules.support.ReferenceTargets;
import dev.charter.lint.spectral.FunctionResult;
import dev.charter.lint.spectral.OptionsException;
import dev.charter.lint.spectral.RulesetFunction;
import dev.charter.lint.spectral.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code unreferencedReusableObject}: each member of the checked object, taken as living at {@code
 * reusableObjectsLocation} of the root document, must be the target of some reference.
 */
public final class UnreferencedReusableObjectFunction implements RulesetFunction {
  /** Marks a finding's location as an absolute pointer of the root file rather than one below the target. */
  public static final String ROOT_POINTER = "\u0000root:";

  @Override
  public String name() {
    return "unreferencedReusableObject";
  }

  @Override
  public Object prepare(JsonNode options) throws OptionsException {
    Options.object("unreferencedReusableObject", options, Set.of("reusableObjectsLocation"));
    Options.required("unreferencedReusableObject", options, "reusableObjectsLocation");
    JsonNode loc = options.get("reusableObjectsLocation");
    if (!loc.isTextual() || !loc.textValue().startsWith("#")) {
      throw new OptionsException("reusableObjectsLocation", "\"unreferencedReusableObject\" and its \"reusableObjectsLocation\""
          + " option support only valid JSON Pointer fragments, i.e. \"#\", \"#/foo\", \"#/paths/~1user\"");
    }
    return JsonPointers.fromFragment(loc.textValue());
  }

  @Override
  public List<FunctionResult> run(Target target, Object options, RuleContext context) {
    JsonNode v = target.value();
    if (v == null || !v.isObject()) {
      return List.of();
    }
    String location = (String) options;
    ReferenceTargets targets = ReferenceTargets.of(context);
    List<FunctionResult> out = new ArrayList<>();
    v.fieldNames().forEachRemaining(name -> {
      String pointer = JsonPointers.append(location, name);
      if (!targets.referenced(context.document().root(), pointer)) {
        out.add(new FunctionResult("Potential orphaned reusable object has been detected", List.of(ROOT_POINTER + pointer)));
      }
    });
    return out;
  }
}
