package dev.charter.lint.spectral.functions;

import dev.charter.lint.spectral.RulesetFunction;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The functions a Spectral ruleset can use in charter: Spectral's core functions and {@code typedEnum}. */
public final class CoreFunctions {
  private static final Map<String, RulesetFunction> BY_NAME = new LinkedHashMap<>();

  static {
    for (RulesetFunction f : new RulesetFunction[] {TruthinessFunction.TRUTHY, TruthinessFunction.FALSY,
        TruthinessFunction.DEFINED, TruthinessFunction.UNDEFINED, new PatternFunction(), new CasingFunction(),
        new LengthFunction(), new EnumerationFunction(), new AlphabeticalFunction(), new SchemaFunction(),
        PropertiesFunction.XOR, PropertiesFunction.OR, new TypedEnumFunction(), new UnreferencedReusableObjectFunction()}) {
      BY_NAME.put(f.name(), f);
    }
  }

  private CoreFunctions() {}

  public static Optional<RulesetFunction> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  public static Set<String> names() {
    return BY_NAME.keySet();
  }
}
