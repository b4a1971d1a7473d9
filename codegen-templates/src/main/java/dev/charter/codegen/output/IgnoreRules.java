package dev.charter.codegen.output;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.openapitools.codegen.ignore.CodegenIgnoreProcessor;

/**
 * The rules of an output folder's {@code .openapi-generator-ignore}, applied to every generator's
 * files, charter's own included. Same syntax and meaning as OpenAPI Generator (a {@code .gitignore}
 * subset), because its processor is used.
 */
public final class IgnoreRules {
  public static final String FILE_NAME = ".openapi-generator-ignore";

  private final Path outputDir;
  private final CodegenIgnoreProcessor processor;

  private IgnoreRules(Path outputDir, CodegenIgnoreProcessor processor) {
    this.outputDir = outputDir;
    this.processor = processor;
  }

  /** The rules of {@code outputDir}; none when it has no ignore file (or it is not a regular file). */
  public static IgnoreRules of(Path outputDir) {
    Path file = outputDir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return new IgnoreRules(outputDir, null);
    }
    return new IgnoreRules(outputDir, new CodegenIgnoreProcessor(file.toFile()));
  }

  public boolean ignores(OutputPath path) {
    if (processor == null) {
      return false;
    }
    File target = outputDir.resolve(path.value()).toFile();
    return !processor.allowsFile(target);
  }
}
