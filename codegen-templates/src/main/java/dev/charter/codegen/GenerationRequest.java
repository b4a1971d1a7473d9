package dev.charter.codegen;

import dev.charter.core.spec.SpecDocument;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One generation: the loaded spec, what to generate from it, where to, and how to write.
 *
 * @param validateSpec check the spec against its official JSON Schema first and refuse it when
 *     invalid (as OpenAPI Generator does by default); off for specs known to be slightly off
 */
public record GenerationRequest(SpecDocument spec, FileGenerator generator, Path outputDir, WriteOptions write,
    boolean validateSpec) {

  public GenerationRequest {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(generator, "generator");
    Objects.requireNonNull(outputDir, "outputDir");
    Objects.requireNonNull(write, "write");
  }

  public GenerationRequest(SpecDocument spec, FileGenerator generator, Path outputDir) {
    this(spec, generator, outputDir, WriteOptions.DEFAULT, true);
  }
}
