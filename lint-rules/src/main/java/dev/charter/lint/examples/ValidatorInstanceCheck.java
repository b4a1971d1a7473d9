package dev.charter.lint.examples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.model.SchemaDialect;
import dev.charter.core.model.SchemaView;
import dev.charter.core.parse.JsonPointers;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecNode;
import dev.charter.core.validate.InstanceValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link InstanceCheck} over core's {@link InstanceValidator}, the validator the mock server and
 * contract tests use too, so that an example lint accepts is a value the mock accepts. The schema is
 * found by walking the spec from its root along the path (following references, in any file); a
 * place that holds no schema is not checked. Thread-safe, as the validator is.
 */
public final class ValidatorInstanceCheck implements InstanceCheck {
  private final InstanceValidator validator;
  private final SpecNode root;
  private final SchemaDialect dialect;

  public ValidatorInstanceCheck(SpecDocument document) {
    this.validator = new InstanceValidator(document);
    this.root = document.rootNode();
    this.dialect = SchemaDialect.of(document.version());
  }

  @Override
  public List<Problem> check(List<Object> schemaPath, JsonNode value, Direction direction) {
    Optional<SpecNode> at = ExampleChecks.node(root, schemaPath);
    if (at.isEmpty() || !(at.get().isObject() || at.get().value().isBoolean())) {
      return List.of();
    }
    List<InstanceValidator.Violation> violations =
        validator.validate(SchemaView.of(at.get(), dialect), value, switch (direction) {
          case REQUEST -> InstanceValidator.Direction.REQUEST;
          case RESPONSE -> InstanceValidator.Direction.RESPONSE;
          case NONE -> InstanceValidator.Direction.ANY;
        });
    List<Problem> out = new ArrayList<>(violations.size());
    for (InstanceValidator.Violation v : violations) {
      out.add(new Problem(keys(value, v.instancePointer()), v.message()));
    }
    return out;
  }

  /** The pointer's tokens as keys of the value: array indexes as numbers, member names as text. */
  private static List<Object> keys(JsonNode value, String pointer) {
    List<Object> out = new ArrayList<>();
    JsonNode n = value;
    for (String token : JsonPointers.split(pointer)) {
      if (n != null && n.isArray() && token.chars().allMatch(Character::isDigit) && !token.isEmpty()) {
        int i = Integer.parseInt(token);
        out.add(i);
        n = n.get(i);
      } else {
        out.add(token);
        n = n == null ? null : n.get(token);
      }
    }
    return out;
  }
}
