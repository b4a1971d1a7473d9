package dev.charter.mock.validate;

import dev.charter.core.diag.Location;
import java.util.Objects;

/**
 * One way a request breaks the contract.
 *
 * @param in where in the request: {@code path}, {@code query}, {@code header}, {@code cookie},
 *     {@code body} or {@code security}
 * @param name the parameter (or security scheme) concerned; empty for the body
 * @param pointer where inside the parameter value or body, as a JSON pointer ({@code ""} for all of it)
 * @param message what is wrong, in words
 * @param keyword the schema keyword (or check) that rejected it
 * @param specLocation where the rule is written in the spec
 */
public record RequestViolation(String in, String name, String pointer, String message, String keyword,
    Location specLocation) {

  public RequestViolation {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(keyword, "keyword");
    Objects.requireNonNull(specLocation, "specLocation");
  }
}
