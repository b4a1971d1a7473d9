package dev.charter.codegen.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.model.SchemaView;
import dev.charter.core.sample.SampleGenerator;

/**
 * Random sample values that depend on the seed and the schema's content only, not on where the spec
 * file is. {@link SampleGenerator} mixes the schema's id (file name and pointer) into its seed, as
 * {@code seed * 31 + id.hashCode()}; a generated test runs from a copy of the spec in another place
 * than {@code charter verify}'s, and must still send the same values for the same {@code --seed}.
 * So the seed handed over is chosen to cancel the id: 31 is odd, hence invertible modulo 2^64, and
 * {@code ((target - h) * 31⁻¹) * 31 + h == target} in {@code long} arithmetic. A test keeps this in
 * step with the generator (the same spec under two names gives the same cases).
 */
final class Samples {
  private static final long INVERSE_OF_31 = inverse(31);

  private Samples() {}

  static JsonNode random(SchemaView schema, long seed) {
    long handedOver = (seed - schema.id().hashCode()) * INVERSE_OF_31;
    return new SampleGenerator(SampleGenerator.Options.random(handedOver, SampleGenerator.Direction.REQUEST)).generate(schema);
  }

  /** The inverse of an odd number modulo 2^64, by Newton's iteration (each step doubles the correct bits). */
  private static long inverse(long odd) {
    long x = odd;
    for (int i = 0; i < 6; i++) {
      x *= 2 - odd * x;
    }
    return x;
  }
}
