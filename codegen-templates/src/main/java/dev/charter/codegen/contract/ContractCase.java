package dev.charter.codegen.contract;

import dev.charter.codegen.contract.runtime.ApiRequest;
import dev.charter.core.diag.Location;
import dev.charter.core.model.HttpOperation;
import java.util.Objects;

/**
 * One request of a contract test and what its response must satisfy.
 *
 * @param number the case's position among its operation's cases, from 1: with the operation it
 *     identifies the case in reports and generated test names
 * @param label what the case sends, in words: {@code example 'cat'}, {@code generated #2}, {@code
 *     query parameter 'limit' is 101, above its maximum 100}
 * @param target where in the spec the case comes from: the operation, or the schema a negative case breaks
 */
public record ContractCase(HttpOperation operation, int number, Kind kind, String label, ApiRequest request,
    Expectation expectation, Location target) {

  public enum Kind {
    /** A valid request, from the spec's examples or generated from its schemas. */
    POSITIVE,
    /** A request that breaks the spec in one place. */
    NEGATIVE,
    /** A valid request without the credentials the operation requires. */
    AUTH
  }

  public ContractCase {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(expectation, "expectation");
    Objects.requireNonNull(target, "target");
  }

  /** {@code GET /pets/{petId} #3 (example 'cat')}: how reports name the case. */
  public String title() {
    return operation.display() + " #" + number + " (" + label + ")";
  }
}
