package dev.charter.codegen;

import dev.charter.codegen.output.OutputFile;
import dev.charter.codegen.output.OutputWriter;
import dev.charter.codegen.output.Staging;
import dev.charter.codegen.output.UnsafeOutputException;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecDocument;
import dev.charter.core.validate.SpecValidator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one generation: checks the spec, lets the {@link FileGenerator} write into a fresh {@link
 * Staging} folder, and moves the result into the output folder through {@link OutputWriter}. The
 * output folder changes only in the last step, and only if everything before succeeded; a dry run
 * stops before it. Stateless and safe to share.
 */
public final class Generator {
  /** Input problems are reported in full up to this many; the rest are counted. */
  private static final int MAX_SPEC_ERRORS = 20;

  private final OutputWriter writer = new OutputWriter();

  public GenerationResult generate(GenerationRequest request) throws GenerationException {
    SpecDocument spec = request.spec();
    FileGenerator generator = request.generator();
    if (!generator.accepts(spec.version())) {
      throw new GenerationException(new Diagnostic("generate-unsupported-spec", Severity.ERROR,
          generator.description() + " reads " + generator.accepted() + ", not " + spec.version().label(),
          spec.root().locate("")));
    }
    List<Diagnostic> notes = new ArrayList<>(spec.findings());
    if (request.validateSpec()) {
      checkValid(spec);
    }
    try (Staging staging = Staging.create()) {
      seedIgnoreFile(request.outputDir(), staging);
      notes.addAll(generator.generate(spec, staging));
      OutputWriter.Plan plan = writer.plan(staging.files(), request.outputDir(), request.write().force());
      if (request.write().dryRun()) {
        return new GenerationResult(plan.outputDir(), plan.files(), false, notes);
      }
      if (!plan.conflicts().isEmpty()) {
        throw new GenerationException(conflicts(plan));
      }
      try {
        writer.write(plan);
      } catch (IOException e) {
        throw new GenerationException(new Diagnostic("generate-write-failed", Severity.ERROR,
            "could not write the generated files (" + e.getMessage() + "); the output folder was left as it was",
            Location.ofFile(plan.outputDir().toString())), e);
      }
      return new GenerationResult(plan.outputDir(), plan.files(), true, notes);
    } catch (UnsafeOutputException e) {
      throw new GenerationException(new Diagnostic("generate-unsafe-output", Severity.ERROR, e.getMessage(),
          Location.ofFile(request.outputDir().toAbsolutePath().normalize().toString())));
    } catch (IOException e) {
      throw new GenerationException(new Diagnostic("generate-io-error", Severity.ERROR,
          "generation failed: " + e, Location.ofFile(request.outputDir().toString())), e);
    }
  }

  /**
   * Puts the output folder's {@code .openapi-generator-ignore} into staging, where OpenAPI Generator
   * looks for it (without one it writes its default). The copy is not charter's: unless a generator
   * changes it, it is not written back (see {@link Staging#seed}).
   */
  private static void seedIgnoreFile(java.nio.file.Path outputDir, Staging staging) throws IOException {
    java.nio.file.Path file = outputDir.resolve(dev.charter.codegen.output.IgnoreRules.FILE_NAME);
    if (java.nio.file.Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      staging.seed(dev.charter.codegen.output.OutputPath.of(dev.charter.codegen.output.IgnoreRules.FILE_NAME),
          java.nio.file.Files.readAllBytes(file));
    }
  }

  /** The spec must be valid against its official schema: generators assume it and fail obscurely otherwise. */
  private static void checkValid(SpecDocument spec) throws GenerationException {
    List<Diagnostic> errors = new ArrayList<>();
    for (Diagnostic d : new SpecValidator().validate(spec)) {
      if (d.severity() == Severity.ERROR) {
        errors.add(d);
      }
    }
    if (errors.isEmpty()) {
      return;
    }
    List<Diagnostic> shown = new ArrayList<>(errors.subList(0, Math.min(MAX_SPEC_ERRORS, errors.size())));
    String more = errors.size() > MAX_SPEC_ERRORS ? " (" + (errors.size() - MAX_SPEC_ERRORS) + " more errors not shown)" : "";
    shown.add(new Diagnostic("generate-invalid-spec", Severity.ERROR,
        "the spec is not valid, so nothing was generated" + more + "; fix it, or pass --skip-validate-spec",
        spec.root().locate("")));
    throw new GenerationException(shown);
  }

  private static List<Diagnostic> conflicts(OutputWriter.Plan plan) {
    List<Diagnostic> out = new ArrayList<>();
    for (OutputFile f : plan.conflicts()) {
      out.add(new Diagnostic("generate-would-overwrite", Severity.ERROR,
          f.path() + " " + f.reason() + "; nothing was written (use --force to overwrite it, or list it in "
              + ".openapi-generator-ignore to keep it)",
          Location.ofFile(plan.outputDir().resolve(f.path().value()).toString())));
    }
    return out;
  }
}
