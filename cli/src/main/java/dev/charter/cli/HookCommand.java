package dev.charter.cli;

import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code charter hook}: the pre-commit check, and installing it as a plain git hook. */
@Command(
    name = "hook",
    description = {
      "Check staged OpenAPI/AsyncAPI specs before a commit: lint the staged version of each, and compare it "
          + "with HEAD for breaking changes.",
      "Use 'charter hook install' in a repository, or the pre-commit framework (.pre-commit-hooks.yaml)."
    },
    subcommands = {HookRunCommand.class, HookInstallCommand.class})
final class HookCommand implements Callable<Integer>, ConfigSection {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @CommandLine.ParentCommand CharterCommand parent;

  /** {@code hook: {specs: [...]}}: files that are specs whatever their content looks like. */
  static final String SPECS = "specs";

  @Override
  public Set<String> structuredKeys() {
    return Set.of(SPECS);
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.INPUT_ERROR;
  }
}
