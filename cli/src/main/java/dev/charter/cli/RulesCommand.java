package dev.charter.cli;

import dev.charter.lint.Linter;
import dev.charter.lint.docs.RuleCatalog;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code charter rules}: the lint rules, from their metadata. */
@Command(
    name = "rules",
    description = "List the lint rules: id, default severity, formats, summary.",
    subcommands = {RulesDescribeCommand.class})
final class RulesCommand implements Callable<Integer> {

  @ParentCommand CharterCommand parent;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text (default) or json.")
  String format = "text";

  @Override
  public Integer call() {
    RuleCatalog catalog = new RuleCatalog(Linter.withDiscoveredRules().registry());
    CliEnvironment env = parent.environment();
    switch (format) {
      case "text" -> env.out().print(catalog.text());
      case "json" -> env.out().print(catalog.json());
      default -> throw new InputException(new dev.charter.core.diag.Diagnostic("usage-error",
          dev.charter.core.diag.Severity.ERROR, "unknown format '" + format + "' for charter rules (expected text or json)",
          dev.charter.core.diag.Location.ofFile("--format")));
    }
    env.out().flush();
    return ExitCodes.OK;
  }

  CharterCommand parent() {
    return parent;
  }
}
