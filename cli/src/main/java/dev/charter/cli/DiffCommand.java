package dev.charter.cli;

import dev.charter.compat.Catalogue;
import dev.charter.compat.ChangeKind;
import dev.charter.compat.CompatException;
import dev.charter.compat.CompatResult;
import dev.charter.compat.DiffConfig;
import dev.charter.compat.DiffSession;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.core.spec.SpecLoadException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "diff",
    description = {
      "Find what changed between two versions of an OpenAPI or AsyncAPI spec, judged by meaning: would every "
          + "request an old client sends still be accepted, and every response it gets still be understood? "
          + "Each change gets the semver bump it needs; the overall bump is the largest.",
      "See docs/diff/ for how changes are judged, the modes, the policy and the settings of charter.yaml."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no change at or above --fail-on (and the version check, if asked, passed)",
      "1:changes at or above --fail-on that are not planned removals, or info.version does not carry the bump",
      "2:usage error, a spec that cannot be loaded, specs of different families, a git revision or path that does not exist"
    })
final class DiffCommand implements Callable<Integer>, ConfigSection {

  @ParentCommand CharterCommand parent;
  @Mixin InputOptions input;
  @Mixin OutputOptions output;
  @Mixin DiffOptions diff;

  @Option(names = "--fail-on", paramLabel = "BUMP", converter = DiffOptions.BumpConverter.class,
      description = "Smallest bump that fails the run: major (default), minor, patch, or none for no gate.")
  String failOn = "major";

  @Option(names = "--check-version",
      description = "Fail unless the new info.version carries the bump the changes need; print the smallest correct next version.")
  boolean checkVersion;

  @Option(names = "--list-checks", description = "Print every change id with its bump and meaning, then exit.")
  boolean listChecks;

  @Override
  public Set<String> structuredKeys() {
    return DiffConfig.KEYS;
  }

  @Override
  public Integer call() {
    CliEnvironment env = parent.environment();
    if (listChecks) {
      for (ChangeKind k : Catalogue.kinds().values()) {
        env.out().println(k.id() + "\t" + k.bumpRule() + "\t" + k.summary());
      }
      env.out().flush();
      return ExitCodes.OK;
    }
    List<CompatResult> results = run("charter diff", parent, input, diff,
        diff.policy(parent, DiffOptions.failOn(failOn), checkVersion, "diff"));
    DiffOutput.write(parent.quiet() ? DiffOutput.onlyFailing(results) : results, output, env, parent.color());
    return results.stream().anyMatch(CompatResult::failed) ? ExitCodes.POLICY_FAILED : ExitCodes.OK;
  }

  /** Runs the comparison; {@code command} names the command in usage errors. */
  static List<CompatResult> run(String command, CharterCommand parent, InputOptions input, DiffOptions diff,
      dev.charter.compat.DiffPolicy policy) {
    try {
      return new DiffSession(input.loadOptions(parent.environment()), policy).run(diff.inputs());
    } catch (SpecLoadException e) {
      throw new InputException(e.problems());
    } catch (CompatException e) {
      throw new InputException(new Diagnostic(e.id(), Severity.ERROR, e.getMessage(), Location.ofFile(command)));
    }
  }
}
