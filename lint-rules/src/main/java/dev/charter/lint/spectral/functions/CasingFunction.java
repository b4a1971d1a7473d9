package dev.charter.lint.spectral.functions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.lint.RuleContext;
import dev.charter.lint.spectral.FunctionResult;
import dev.charter.lint.spectral.OptionsException;
import dev.charter.lint.spectral.RulesetFunction;
import dev.charter.lint.spectral.Target;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.google.re2j.Pattern;

/** {@code casing}: a string value must be written in one casing (camel, kebab, …), optionally in separated groups. */
public final class CasingFunction implements RulesetFunction {
  private static final Map<String, String> CASES = Map.of(
      "flat", "[a-z][a-z{D}]*",
      "camel", "[a-z][a-z{D}]*(?:[A-Z{D}](?:[a-z{D}]+|$))*",
      "pascal", "[A-Z][a-z{D}]*(?:[A-Z{D}](?:[a-z{D}]+|$))*",
      "kebab", "[a-z][a-z{D}]*(?:-[a-z{D}]+)*",
      "cobol", "[A-Z][A-Z{D}]*(?:-[A-Z{D}]+)*",
      "snake", "[a-z][a-z{D}]*(?:_[a-z{D}]+)*",
      "macro", "[A-Z][A-Z{D}]*(?:_[A-Z{D}]+)*");

  private record Prepared(String type, Pattern pattern, String separator, boolean allowLeading) {}

  @Override
  public String name() {
    return "casing";
  }

  @Override
  public Object prepare(JsonNode options) throws OptionsException {
    Options.object("casing", options, Set.of("type", "disallowDigits", "separator"));
    Options.required("casing", options, "type");
    JsonNode type = options.get("type");
    if (!type.isTextual() || !CASES.containsKey(type.textValue())) {
      throw new OptionsException("type", "\"casing\" function and its \"type\" option accept the following values: "
          + "flat, camel, pascal, kebab, cobol, snake, macro");
    }
    JsonNode digits = options.get("disallowDigits");
    if (digits != null && !digits.isBoolean()) {
      throw Options.type("casing", "disallowDigits", "boolean");
    }
    String base = CASES.get(type.textValue()).replace("{D}", digits != null && digits.booleanValue() ? "" : "0-9");
    JsonNode separator = options.get("separator");
    String sep = null;
    boolean leading = false;
    String regex = "^" + base + "$";
    if (separator != null) {
      if (!separator.isObject()) {
        throw Options.type("casing", "separator", "object");
      }
      java.util.Iterator<String> names = separator.fieldNames();
      while (names.hasNext()) {
        String n = names.next();
        if (!n.equals("char") && !n.equals("allowLeading")) {
          throw new OptionsException("separator." + n, "\"casing\" function does not support \"separator." + n + "\" option");
        }
      }
      JsonNode c = separator.get("char");
      if (c == null) {
        throw new OptionsException("separator", "\"casing\" function is missing \"separator.char\" option");
      }
      if (!c.isTextual() || c.textValue().length() > 1) {
        throw new OptionsException("separator.char", "\"casing\" function and its \"separator.char\" option accepts only char, i.e. \"I\" or \"/\"");
      }
      JsonNode al = separator.get("allowLeading");
      if (al != null && !al.isBoolean()) {
        throw Options.type("casing", "separator.allowLeading", "boolean");
      }
      sep = c.textValue();
      leading = al != null && al.booleanValue();
      String sp = "[" + Pattern.quote(sep) + "]";
      regex = "^" + (leading ? sp + "?" : "") + base + "(?:" + sp + base + ")*$";
    }
    return new Prepared(type.textValue(), Pattern.compile(regex), sep, leading);
  }

  @Override
  public List<FunctionResult> run(Target target, Object options, RuleContext context) {
    JsonNode v = target.value();
    if (v == null || !v.isTextual() || v.textValue().isEmpty()) {
      return List.of();
    }
    Prepared p = (Prepared) options;
    String s = v.textValue();
    if (s.length() == 1 && p.separator() != null && p.allowLeading() && s.equals(p.separator())) {
      return List.of();
    }
    return p.pattern().matcher(s).matches() ? List.of() : List.of(FunctionResult.here("must be " + p.type() + " case"));
  }
}
