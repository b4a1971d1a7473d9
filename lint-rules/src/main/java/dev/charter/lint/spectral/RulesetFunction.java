package dev.charter.lint.spectral;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.lint.RuleContext;
import java.util.List;

/**
 * One of Spectral's core functions, as a rule in a ruleset names it in {@code then.function}.
 * Options are checked once, when the ruleset is read; {@link #run} must not throw.
 */
public interface RulesetFunction {

  /** The name rulesets use ({@code truthy}, {@code pattern}, …). */
  String name();

  /**
   * Checks {@code functionOptions} (null when not given) and turns them into what {@link #run} needs.
   *
   * @throws OptionsException naming the option at fault and what it accepts
   */
  Object prepare(JsonNode options) throws OptionsException;

  /** The problems with {@code target}; empty when there are none or the value is not one the function checks. */
  List<FunctionResult> run(Target target, Object options, RuleContext context);
}
