package dev.charter.cli;

import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.lint.Linter;
import dev.charter.lint.RuleDescriptor;
import dev.charter.lint.docs.RuleCatalog;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code charter rules describe ID}: one rule's rationale, examples and options. */
@Command(name = "describe", description = "Explain one lint rule: why it matters, a bad and a good example, its options.")
final class RulesDescribeCommand implements Callable<Integer> {

  @ParentCommand RulesCommand parent;

  @Parameters(index = "0", paramLabel = "ID", description = "The rule's id.")
  String id;

  @Override
  public Integer call() {
    RuleCatalog catalog = new RuleCatalog(Linter.withDiscoveredRules().registry());
    CliEnvironment env = parent.parent().environment();
    RuleDescriptor rule = catalog.rule(id).orElseThrow(() -> {
      List<String> similar = catalog.similar(id);
      return new InputException(new Diagnostic("usage-error", Severity.ERROR, "unknown rule '" + id + "'"
          + (similar.isEmpty() ? "" : "; did you mean " + String.join(", ", similar) + "?") + " (charter rules lists them)",
          Location.ofFile(id)));
    });
    env.out().print(catalog.describe(rule));
    env.out().flush();
    return ExitCodes.OK;
  }
}
