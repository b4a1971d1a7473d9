package dev.charter.cli;

import dev.charter.codegen.FileGenerator;
import dev.charter.codegen.docs.DocsOptions;
import dev.charter.codegen.docs.DocsPageGenerator;
import dev.charter.codegen.output.OutputPath;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "docs",
    description = "Generate one self-contained HTML reference for an OpenAPI or AsyncAPI document: no network needed to view it, every operation in the page, a filter box.")
final class GenerateDocsCommand extends GenerateRun {

  @Option(names = "--file-name", paramLabel = "NAME", description = "The page's file name (default: ${DEFAULT-VALUE}).")
  String fileName = "index.html";

  @Override
  FileGenerator generator(CliEnvironment env) {
    OutputPath.problem(fileName).ifPresent(p -> {
      throw new InputException(new Diagnostic("usage-error", Severity.ERROR, "--file-name " + fileName + ": " + p,
          Location.ofFile("charter generate docs")));
    });
    return new DocsPageGenerator(DocsOptions.defaults().withFileName(fileName));
  }
}
