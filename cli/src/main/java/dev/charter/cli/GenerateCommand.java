package dev.charter.cli;

import dev.charter.codegen.openapigenerator.GeneratorCatalog;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code charter generate}: a group; each target is a subcommand. */
@Command(
    name = "generate",
    description = "Generate code, models or docs from a spec, into a folder, safely: nothing outside it is written, files charter did not write (or that were edited since) are kept unless --force, .openapi-generator-ignore is honoured, --dry-run lists what would change, and a failed run leaves the folder as it was.",
    subcommands = {
      GenerateCommand.Client.class,
      GenerateCommand.Server.class,
      GenerateModelsCommand.class,
      GenerateDocsCommand.class,
      GenerateTestsCommand.class,
      GenerateListCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:generated (or, with --dry-run, nothing in the way)",
      "2:usage error, a spec that cannot be loaded or is invalid, or files in the way (conflicts)"
    })
final class GenerateCommand implements Callable<Integer> {
  @CommandLine.ParentCommand CharterCommand parent;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.INPUT_ERROR;
  }

  CharterCommand top() {
    return parent;
  }

  @Command(
      name = "client",
      description = "Generate an API client with OpenAPI Generator (any of its client generators; default: Java on the native library). Options mirror OpenAPI Generator's CLI; --additional-properties reaches every generator option.")
  static final class Client extends OpenApiGeneratorCommand {
    @Override
    String defaultGenerator() {
      return "java";
    }

    @Override
    GeneratorCatalog.Kind kind() {
      return GeneratorCatalog.Kind.CLIENT;
    }
  }

  @Command(
      name = "server",
      description = "Generate a server stub with OpenAPI Generator (any of its server generators; default: Spring, interfaces only, Spring Boot 3). Options mirror OpenAPI Generator's CLI; --additional-properties reaches every option.")
  static final class Server extends OpenApiGeneratorCommand {
    @Override
    String defaultGenerator() {
      return "spring";
    }

    @Override
    GeneratorCatalog.Kind kind() {
      return GeneratorCatalog.Kind.SERVER;
    }
  }
}
