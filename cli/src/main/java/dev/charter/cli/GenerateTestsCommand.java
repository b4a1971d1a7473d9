package dev.charter.cli;

import dev.charter.codegen.FileGenerator;
import dev.charter.codegen.contract.CaseDeriver;
import dev.charter.codegen.contract.ContractTestsGenerator;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "tests",
    description = {
      "Generate JUnit 5 contract tests for an OpenAPI 2.0/3.0/3.1 spec as a Maven project: a class per operation,",
      "a test per request (the spec's examples, requests generated from its schemas, requests that break the spec,",
      "requests without credentials), each checking the response as charter verify does with the same --seed.",
      "Run them with: mvn test -Dcharter.baseUrl=http://localhost:8080 (see the generated README.md)."
    })
final class GenerateTestsCommand extends GenerateRun {

  @Option(names = "--package", paramLabel = "PACKAGE",
      description = "Java package of the test classes (default: ${DEFAULT-VALUE}).")
  String packageName = ContractTestsGenerator.Options.DEFAULT_PACKAGE;

  @Option(names = "--seed", paramLabel = "N",
      description = "Seed of generated requests: the same seed gives the same tests (default: ${DEFAULT-VALUE}).")
  long seed = 0;

  @Option(names = "--max-cases", paramLabel = "N", description = "Generated valid requests per operation beyond the "
      + "examples, and the most invalid ones (default: ${DEFAULT-VALUE}).")
  int maxCases = CaseDeriver.Options.DEFAULT.maxCases();

  @Option(names = "--no-negative", description = "No tests with invalid requests.")
  boolean noNegative;

  @Option(names = "--no-auth", description = "No tests without credentials.")
  boolean noAuth;

  @Override
  FileGenerator generator(CliEnvironment env) {
    String problem = ContractTestsGenerator.packageProblem(packageName);
    if (problem != null) {
      throw usage("--package: " + problem);
    }
    if (maxCases < 0 || maxCases > 1000) {
      throw usage("--max-cases must be between 0 and 1000, not " + maxCases);
    }
    return new ContractTestsGenerator(new ContractTestsGenerator.Options(packageName,
        new CaseDeriver.Options(seed, maxCases, !noNegative, !noAuth)));
  }

  private static InputException usage(String message) {
    return new InputException(new Diagnostic("usage-error", Severity.ERROR, message, Location.ofFile("charter generate tests")));
  }
}
