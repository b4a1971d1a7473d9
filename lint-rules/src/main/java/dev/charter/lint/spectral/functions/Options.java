package dev.charter.lint.spectral.functions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.lint.spectral.OptionsException;
import java.util.Iterator;
import java.util.Set;

/** Checks of {@code functionOptions} with Spectral's wording for what is wrong. */
final class Options {
  private Options() {}

  static boolean absent(JsonNode options) {
    return options == null || options.isNull() || options.isMissingNode();
  }

  static void none(String function, JsonNode options) throws OptionsException {
    if (!absent(options)) {
      throw new OptionsException("", "\"" + function + "\" function does not accept any options");
    }
  }

  static void object(String function, JsonNode options, Set<String> allowed) throws OptionsException {
    if (absent(options) || !options.isObject()) {
      throw new OptionsException("", "\"" + function + "\" function has invalid options specified: they must be an object");
    }
    Iterator<String> names = options.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!allowed.contains(n)) {
        throw new OptionsException(n, "\"" + function + "\" function does not support \"" + n + "\" option");
      }
    }
  }

  static void required(String function, JsonNode options, String name) throws OptionsException {
    if (!options.has(name)) {
      throw new OptionsException("", "\"" + function + "\" function is missing \"" + name + "\" option");
    }
  }

  static OptionsException type(String function, String option, String types) {
    return new OptionsException(option, "\"" + function + "\" function and its \"" + option
        + "\" option accepts only the following types: " + types);
  }
}
