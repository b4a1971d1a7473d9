package dev.charter.codegen;

import dev.charter.codegen.output.OutputFile;
import dev.charter.core.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What a generation did (or, for a dry run, would do) to each file, and notes worth showing (spec
 * warnings, what the generator said under {@code --verbose}).
 *
 * @param written false for a dry run: nothing was written
 */
public record GenerationResult(Path outputDir, List<OutputFile> files, boolean written, List<Diagnostic> notes) {

  public GenerationResult {
    files = List.copyOf(files);
    notes = List.copyOf(notes);
  }

  public long count(OutputFile.Status status) {
    return files.stream().filter(f -> f.status() == status).count();
  }
}
