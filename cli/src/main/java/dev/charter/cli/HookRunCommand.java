package dev.charter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.core.report.ReportFormat;
import dev.charter.core.source.GitTree;
import dev.charter.core.source.SourceException;
import dev.charter.core.source.StagedFiles;
import dev.charter.core.spec.SpecFinder;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code charter hook run}: what the pre-commit hook runs. The staged versions are read from the
 * git index through JGit, never from the work tree, so edits made after {@code git add} do not
 * decide what gets committed.
 */
@Command(
    name = "run",
    description = {
      "Lint the staged version of each staged spec and compare it with the version in --against (HEAD).",
      "FILE arguments (as the pre-commit framework passes them) narrow the check to those files; without them every "
          + "staged YAML/JSON file that is a spec (by its content, or listed under hook.specs in charter.yaml) is checked."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing to stop the commit",
      "1:lint findings at or above --lint-fail-on, or changes at or above --diff-fail-on",
      "2:not a git repository, or a staged spec that cannot be loaded"
    })
final class HookRunCommand implements Callable<Integer> {

  @ParentCommand HookCommand hook;
  @Mixin InputOptions input;

  /**
   * How much of a staged file may be read to see whether it is a spec. JGit reads a blob whole or
   * not at all, so this is the largest spec the hook recognises by content: as large as charter reads.
   */
  private static final long SNIFF_LIMIT = dev.charter.core.parse.ParseLimits.DEFAULT.maxBytes();

  @Option(names = "--against", paramLabel = "REV", description = "Revision to compare with (default: ${DEFAULT-VALUE}).")
  String against = "HEAD";

  @Option(names = "--no-lint", description = "Do not lint.")
  boolean noLint;

  @Option(names = "--no-diff", description = "Do not compare with --against.")
  boolean noDiff;

  @Option(names = "--lint-fail-on", paramLabel = "SEVERITY", converter = SeverityConverter.class, defaultValue = "error",
      description = "Lowest lint severity that stops the commit (default: ${DEFAULT-VALUE}).")
  Severity lintFailOn = Severity.ERROR;

  @Option(names = "--diff-fail-on", paramLabel = "BUMP", converter = DiffOptions.BumpConverter.class,
      description = "Smallest change that stops the commit: major (default), minor, patch, or none.")
  String diffFailOn = "major";

  @Option(names = {"-r", "--ruleset"}, paramLabel = "FILE", description = "Spectral ruleset to lint with.")
  Path ruleset;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Staged files to check (default: every staged spec).")
  List<String> files = new ArrayList<>();

  @Override
  public Integer call() {
    CharterCommand parent = hook.parent;
    CliEnvironment env = parent.environment();
    Path cwd = env.workingDir();
    StagedFiles staged;
    try {
      staged = StagedFiles.of(cwd);
    } catch (SourceException e) {
      throw new InputException(new Diagnostic(e.id(), Severity.ERROR, e.getMessage(), Location.ofFile(cwd.toString())));
    }
    Set<String> candidates = new LinkedHashSet<>();
    if (files.isEmpty()) {
      candidates.addAll(staged.paths());
    } else {
      for (String f : files) {
        staged.relativize(cwd, f).filter(staged.paths()::contains).ifPresent(candidates::add);
      }
    }
    List<PathMatcher> listed = listedSpecs(parent);
    List<GateRun.Target> targets = new ArrayList<>();
    try (GitTree index = GitTree.open(cwd, "")) {
      for (String path : candidates) {
        boolean isListed = listed.stream().anyMatch(m -> m.matches(Path.of(path)));
        if (!isListed) {
          byte[] content;
          try {
            content = index.read(path, SNIFF_LIMIT);
          } catch (SourceException e) {
            continue;
          }
          if (!SpecFinder.isSpec(path, content)) {
            continue;
          }
        }
        // Before the first commit HEAD names nothing, and every staged spec is new.
        boolean nothingToCompare = noDiff || staged.firstCommit() && against.equals("HEAD");
        // A spec staged as a rename is compared with the file it was.
        String was = staged.renamedFrom().getOrDefault(path, path);
        Optional<String> earlier = nothingToCompare ? Optional.empty() : GateRun.atRevision(cwd, against, was);
        targets.add(new GateRun.Target(":" + path, earlier));
      }
    } catch (SourceException e) {
      throw new InputException(new Diagnostic(e.id(), Severity.ERROR, e.getMessage(), Location.ofFile(cwd.toString())));
    }
    // Deletions are judged whatever files were named: the pre-commit framework never names a deleted file.
    List<String> removed = noDiff ? List.of() : removedSpecs(cwd, staged, listed);
    if (targets.isEmpty() && removed.isEmpty()) {
      return ExitCodes.OK;
    }
    Path repoTop = staged.workTree();
    CliEnvironment atTop = new CliEnvironment(repoTop, env.stdin(), env.out(), env.err(), env.env(), env.terminal());
    GateRun.Outcome outcome = new GateRun(atTop, input).run(targets, removed, !noLint, !noDiff,
        Optional.ofNullable(ruleset).map(r -> cwd.resolve(r).normalize()), parent,
        DiffPolicyOptions.policy(parent, diffFailOn));
    int code = GateRun.exitCode(outcome, lintFailOn);
    GateRun.Outcome shown = parent.quiet() ? outcome.onlyFailing(lintFailOn) : outcome;
    String text = GateRun.render(shown, ReportFormat.STYLISH, repoTop, parent.color(), "hook");
    if (!text.isEmpty()) {
      env.out().print(text);
    }
    if (!parent.quiet()) {
      outcome.notes().forEach(n -> env.err().println("charter: note: " + n));
      env.err().println("charter: " + targets.size() + " staged spec" + (targets.size() == 1 ? "" : "s") + " checked"
          + (removed.isEmpty() ? "" : ", " + removed.size() + " removed")
          + (code == ExitCodes.OK ? "" : "; commit stopped (bypass once with git commit --no-verify)"));
    }
    env.out().flush();
    env.err().flush();
    return code;
  }

  /** The staged deletions that were specs in --against, as {@code REV:path}. */
  private List<String> removedSpecs(Path cwd, StagedFiles staged, List<PathMatcher> listed) {
    List<String> out = new ArrayList<>();
    if (staged.deleted().isEmpty()) {
      return out;
    }
    try (GitTree before = GitTree.open(cwd, against)) {
      for (String path : staged.deleted()) {
        boolean isListed = listed.stream().anyMatch(m -> m.matches(Path.of(path)));
        try {
          if (isListed || SpecFinder.isSpec(path, before.read(path, SNIFF_LIMIT))) {
            out.add(against + ":" + path);
          }
        } catch (SourceException e) {
          // not in --against (or unreadable there): nothing was removed from it
        }
      }
    } catch (SourceException e) {
      throw new InputException(new Diagnostic(e.id(), Severity.ERROR, e.getMessage(), Location.ofFile(cwd.toString())));
    }
    return out;
  }

  /** Globs under {@code hook.specs} in charter.yaml, matched against repository-relative paths. */
  private static List<PathMatcher> listedSpecs(CharterCommand parent) {
    List<PathMatcher> out = new ArrayList<>();
    JsonNode list = parent.config().at("/hook/" + HookCommand.SPECS);
    if (list.isArray()) {
      for (JsonNode g : list) {
        out.add(FileSystems.getDefault().getPathMatcher("glob:" + g.asText()));
      }
    } else if (list.isTextual()) {
      out.add(FileSystems.getDefault().getPathMatcher("glob:" + list.asText()));
    }
    return out;
  }
}
