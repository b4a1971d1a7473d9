package dev.charter.lint.spectral.functions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.lint.RuleContext;
import dev.charter.lint.jsonpath.JsRegex;
import dev.charter.lint.spectral.FunctionResult;
import dev.charter.lint.spectral.OptionsException;
import dev.charter.lint.spectral.RulesetFunction;
import dev.charter.lint.spectral.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code pattern}: a string value must match {@code match} and must not match {@code notMatch}. */
public final class PatternFunction implements RulesetFunction {
  private record Prepared(JsRegex match, String matchSource, JsRegex notMatch, String notMatchSource) {}

  @Override
  public String name() {
    return "pattern";
  }

  @Override
  public Object prepare(JsonNode options) throws OptionsException {
    Options.object("pattern", options, Set.of("match", "notMatch"));
    if (options.isEmpty()) {
      throw new OptionsException("", "\"pattern\" function has invalid options specified: give \"match\", \"notMatch\" or both");
    }
    return new Prepared(regex(options, "match"), text(options, "match"), regex(options, "notMatch"), text(options, "notMatch"));
  }

  private static String text(JsonNode options, String name) {
    JsonNode v = options.get(name);
    return v == null ? null : v.asText();
  }

  private static JsRegex regex(JsonNode options, String name) throws OptionsException {
    JsonNode v = options.get(name);
    if (v == null) {
      return null;
    }
    if (!v.isTextual()) {
      throw new OptionsException(name, "\"pattern\" function and its \"" + name + "\" option must be string or RegExp instance");
    }
    try {
      return JsRegex.parse(v.textValue());
    } catch (IllegalArgumentException e) {
      throw new OptionsException(name, "\"pattern\" function and its \"" + name + "\" option: " + e.getMessage());
    }
  }

  @Override
  public List<FunctionResult> run(Target target, Object options, RuleContext context) {
    JsonNode v = target.value();
    if (v == null || !v.isTextual()) {
      return List.of();
    }
    Prepared p = (Prepared) options;
    List<FunctionResult> out = new ArrayList<>();
    String s = v.textValue();
    if (p.match() != null && !p.match().test(s)) {
      out.add(FunctionResult.here("#{{print(\"value\")}} must match the pattern \"" + p.matchSource() + "\""));
    }
    if (p.notMatch() != null && p.notMatch().test(s)) {
      out.add(FunctionResult.here("#{{print(\"value\")}} must not match the pattern \"" + p.notMatchSource() + "\""));
    }
    return out;
  }
}
