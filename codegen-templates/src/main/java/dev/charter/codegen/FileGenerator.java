package dev.charter.codegen;

import dev.charter.codegen.output.Staging;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.spec.SpecVersion;
import java.util.List;

/**
 * Writes generated files for one spec into a {@link Staging} folder. Implementations never see the
 * output folder: {@link Generator} decides what reaches it. They must not keep state between runs.
 */
public interface FileGenerator {

  /** What this generates, for messages: {@code "Java client (OpenAPI Generator 'java', library native)"}. */
  String description();

  /** Whether this generator reads specs of {@code version}. */
  boolean accepts(SpecVersion version);

  /** Which specs this reads, for the message when {@link #accepts} says no: {@code "OpenAPI 2.0, 3.0 and 3.1"}. */
  String accepted();

  /**
   * Writes every generated file into {@code staging}.
   *
   * @return notes worth showing under {@code --verbose} (what a library said about the spec, defaults applied)
   */
  List<Diagnostic> generate(SpecDocument spec, Staging staging) throws GenerationException;
}
