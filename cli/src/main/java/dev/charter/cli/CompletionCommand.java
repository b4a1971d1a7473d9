package dev.charter.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
    name = "completion",
    description = {
      "Print a bash/zsh completion script for charter.",
      "Use: source <(charter completion)   (zsh: autoload -U +X bashcompinit && bashcompinit first)"
    })
final class CompletionCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine root = spec.root().commandLine();
    spec.commandLine().getOut().print(AutoComplete.bash("charter", root));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
