package dev.charter.lint.spectral;

import java.util.List;

/**
 * One problem a ruleset function found: its message (which may hold Spectral's {@code
 * #{{print("property")}}} placeholders) and where, as keys below the checked value (empty for the
 * value itself).
 */
public record FunctionResult(String message, List<Object> at) {
  public FunctionResult {
    at = List.copyOf(at);
  }

  public static FunctionResult here(String message) {
    return new FunctionResult(message, List.of());
  }
}
