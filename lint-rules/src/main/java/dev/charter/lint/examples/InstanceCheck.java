package dev.charter.lint.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Validates a value (an example, a default) against the schema at a place of the spec. What the
 * example rules need of a validator; {@link ValidatorInstanceCheck} provides it with core's.
 */
public interface InstanceCheck {

  /** One problem: where in the value (keys from its top) and what. */
  record Problem(List<Object> at, String message) {}

  /** Which required properties do not apply: readOnly ones in requests, writeOnly ones in responses. */
  enum Direction {
    REQUEST,
    RESPONSE,
    NONE
  }

  /**
   * The problems of {@code value} against the schema reached by {@code schemaPath} (keys from the
   * document root, through references as the spec is read); empty when valid, and empty when the
   * schema cannot be used (it is not a valid schema, or it cannot be found).
   */
  List<Problem> check(List<Object> schemaPath, JsonNode value, Direction direction);
}
