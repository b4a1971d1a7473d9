package dev.charter.codegen.contract.runtime;

import dev.charter.core.diag.Location;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One check a response failed.
 *
 * @param check the check's stable id ({@code response-schema-conformance}, …; see {@link Checks})
 * @param message what is wrong, in words
 * @param response the documented response it was checked against ({@code 200}, {@code 4XX}, {@code default}), if any
 * @param mediaType the documented media type it was checked against, if any
 * @param header the response header concerned, if any
 * @param schemaLocations where the schema keywords that rejected a value are
 */
public record CheckFailure(String check, String message, Optional<String> response, Optional<String> mediaType,
    Optional<String> header, List<Location> schemaLocations) {

  public CheckFailure {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(message, "message");
    schemaLocations = List.copyOf(schemaLocations);
  }

  public static CheckFailure of(String check, String message) {
    return new CheckFailure(check, message, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
  }
}
