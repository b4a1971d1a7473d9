package dev.charter.cli;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Severity;
import dev.charter.core.report.Report;
import dev.charter.core.report.RuleInfo;
import dev.charter.core.spec.SpecBatch;
import dev.charter.core.spec.SpecLoader;
import dev.charter.core.validate.SpecValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "validate",
    description = {
      "Check specs against the official JSON Schema of their version (Swagger 2.0, OpenAPI 3.0/3.1, "
          + "AsyncAPI 2.x/3.x), after loading every $ref under the reference policy.",
      "SPEC is a file, a folder (every spec inside it), - for standard input, or REV:path for a file in a git revision."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:usage error, or a spec that cannot be loaded (malformed, broken $ref, over a limit)"
    })
final class ValidateCommand implements Callable<Integer> {

  @ParentCommand CharterCommand parent;
  @Mixin InputOptions input;
  @Mixin OutputOptions output;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
      description = "Lowest severity that fails the run: error, warn, info or hint (default: ${DEFAULT-VALUE}).",
      converter = SeverityConverter.class)
  Severity failOn = Severity.ERROR;

  @Parameters(arity = "1..*", paramLabel = "SPEC", description = "Specs to validate.")
  List<String> specs;

  @Override
  public Integer call() {
    CliEnvironment env = parent.environment();
    SpecBatch batch = SpecBatch.load(new SpecLoader(input.loadOptions(env)), specs);
    if (batch.hasInputErrors()) {
      throw new InputException(batch.inputErrors());
    }
    SpecValidator validator = new SpecValidator();
    List<Diagnostic> findings = new ArrayList<>(batch.loadFindings());
    batch.documents().forEach(d -> findings.addAll(validator.validate(d)));
    List<Diagnostic> shown = parent.quiet() ? findings.stream().filter(d -> d.severity().atLeast(failOn)).toList() : findings;
    Map<String, RuleInfo> rules = new java.util.LinkedHashMap<>();
    SpecValidator.rules().forEach(r -> rules.put(r.id(), r));
    output.write(new Report("validate", BuildVersion.version(), batch.inputNames(), shown, rules), env, parent.color());
    return ExitCodes.forFindings(findings, failOn);
  }
}
