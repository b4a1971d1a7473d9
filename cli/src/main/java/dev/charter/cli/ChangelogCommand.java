package dev.charter.cli;

import dev.charter.compat.CompatResult;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "changelog",
    description = {
      "Write the changes between two versions of a spec as a Markdown changelog for release notes and pull "
          + "request comments: the semver bump, breaking changes, planned removals, compatible changes, documentation.",
      "Takes the same inputs as charter diff; --format json or text prints the diff report instead."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the changelog was written", "2:usage error or a spec that cannot be loaded"})
final class ChangelogCommand implements Callable<Integer> {

  @ParentCommand CharterCommand parent;
  @Mixin InputOptions input;
  @Mixin OutputOptions output;
  @Mixin DiffOptions diff;

  @Override
  public Integer call() {
    if (output.formats.isEmpty()) {
      output.formats.add("markdown");
    }
    List<CompatResult> results = DiffCommand.run("charter changelog", parent, input, diff,
        diff.policy(parent, Optional.empty(), false, "diff"));
    DiffOutput.write(results, output, parent.environment(), parent.color());
    return ExitCodes.OK;
  }
}
