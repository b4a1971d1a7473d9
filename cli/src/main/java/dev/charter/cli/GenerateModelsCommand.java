package dev.charter.cli;

import dev.charter.codegen.FileGenerator;
import dev.charter.codegen.asyncapi.AsyncApiModelGenerator;
import dev.charter.codegen.asyncapi.AsyncModelOptions;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "models",
    description = "Generate Java models for an AsyncAPI 2.x/3.x document: records (or classes) for message payloads and headers with Jackson annotations, enums, sealed interfaces for oneOf, an interface per operation, and a pom.xml, as a Maven project.")
final class GenerateModelsCommand extends GenerateRun {

  @Option(names = "--package", paramLabel = "PACKAGE",
      description = "Java package of the generated types (default: ${DEFAULT-VALUE}).")
  String packageName = AsyncModelOptions.DEFAULT_PACKAGE;

  @Option(names = "--model-style", paramLabel = "STYLE",
      description = "records (default, immutable) or classes (getters and setters).")
  AsyncModelOptions.Style style = AsyncModelOptions.Style.RECORDS;

  @Option(names = "--date-time", paramLabel = "TYPE",
      description = "date-time and date as java_time (OffsetDateTime, LocalDate; default) or string.")
  AsyncModelOptions.DateTimes dateTimes = AsyncModelOptions.DateTimes.JAVA_TIME;

  @Option(names = "--group-id", paramLabel = "ID", description = "The generated pom's groupId (default: ${DEFAULT-VALUE}).")
  String groupId = "com.example";

  @Option(names = "--artifact-id", paramLabel = "ID", description = "Default: from the spec's title.")
  String artifactId;

  @Option(names = "--artifact-version", paramLabel = "VERSION", description = "Default: the spec's info.version.")
  String artifactVersion;

  @Override
  FileGenerator generator(CliEnvironment env) {
    try {
      return new AsyncApiModelGenerator(new AsyncModelOptions(packageName, style, dateTimes, groupId,
          Optional.ofNullable(artifactId), Optional.ofNullable(artifactVersion)));
    } catch (IllegalArgumentException e) {
      throw new InputException(new Diagnostic("usage-error", Severity.ERROR, "--package: " + e.getMessage(),
          Location.ofFile("charter generate models")));
    }
  }
}
