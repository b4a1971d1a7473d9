package dev.charter.cli;

import dev.charter.compat.CompatException;
import dev.charter.compat.git.GitHistory;
import dev.charter.core.diag.Severity;
import dev.charter.core.report.ReportFormat;
import dev.charter.core.source.GitTree;
import dev.charter.core.source.Repositories;
import dev.charter.core.source.SourceException;
import dev.charter.core.spec.SpecFinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code charter ci}: lint and the breaking-change check against a base revision, in one process. */
@Command(
    name = "ci",
    description = {
      "The merge gate in one run: lint each spec, and compare it with the same path at --base (the pull request's "
          + "target). One report, one exit code.",
      "--base defaults to origin/$GITHUB_BASE_REF on GitHub Actions and origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME "
          + "on GitLab merge requests; without one, only lint runs. The Markdown summary (lint findings and the "
          + "changelog) goes to --summary, or to $GITHUB_STEP_SUMMARY on GitHub Actions."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no lint finding at or above --lint-fail-on and no change at or above --diff-fail-on",
      "1:the gate failed",
      "2:usage error, a spec that cannot be loaded, a base revision that does not exist"
    })
final class CiCommand implements Callable<Integer> {

  @ParentCommand CharterCommand parent;
  @Mixin InputOptions input;
  @Mixin OutputOptions output;

  @Option(names = "--base", paramLabel = "REV", description = "Revision to compare with (see above for the default).")
  String base;

  @Option(names = "--lint-fail-on", paramLabel = "SEVERITY", converter = SeverityConverter.class, defaultValue = "error",
      description = "Lowest lint severity that fails the gate (default: ${DEFAULT-VALUE}).")
  Severity lintFailOn = Severity.ERROR;

  @Option(names = "--diff-fail-on", paramLabel = "BUMP", converter = DiffOptions.BumpConverter.class,
      description = "Smallest change that fails the gate: major (default), minor, patch, or none.")
  String diffFailOn = "major";

  @Option(names = {"-r", "--ruleset"}, paramLabel = "FILE", description = "Spectral ruleset to lint with.")
  Path ruleset;

  @Option(names = "--summary", paramLabel = "FILE",
      description = "Also write a Markdown summary here (appended, as job summaries are); default $GITHUB_STEP_SUMMARY.")
  Path summary;

  @Parameters(arity = "1..*", paramLabel = "SPEC", description = "Specs (files or folders) in the work tree.")
  List<String> specs;

  @Override
  public Integer call() {
    CliEnvironment env = parent.environment();
    Path cwd = env.workingDir();
    Optional<String> rev = Optional.ofNullable(base).or(() -> defaultBase(env));
    Path top = Repositories.top(cwd).orElse(null);
    if (rev.isPresent() && top != null) {
      requireFetched(cwd, rev.get());
    }
    List<GateRun.Target> targets = new ArrayList<>();
    for (String spec : expand(cwd, specs)) {
      Optional<String> earlier = Optional.empty();
      if (rev.isPresent()) {
        if (top == null) {
          throw new InputException(new dev.charter.core.diag.Diagnostic("git-error", Severity.ERROR,
              cwd + " is not inside a git repository, so --base " + rev.get() + " cannot be read",
              dev.charter.core.diag.Location.ofFile(spec)));
        }
        Path abs = cwd.resolve(spec).toAbsolutePath().normalize();
        if (abs.startsWith(top)) {
          earlier = GateRun.atRevision(cwd, rev.get(), top.relativize(abs).toString().replace('\\', '/'));
        }
      }
      targets.add(new GateRun.Target(spec, earlier));
    }
    List<String> removed = rev.isPresent() ? removedSpecs(cwd, top, rev.get(), targets) : List.of();
    GateRun.Outcome outcome = new GateRun(env, input).run(targets, removed, true, rev.isPresent(),
        Optional.ofNullable(ruleset).map(r -> cwd.resolve(r).normalize()), parent,
        DiffPolicyOptions.policy(parent, diffFailOn));
    GateRun.Outcome shown = parent.quiet() ? outcome.onlyFailing(lintFailOn) : outcome;
    output.emit(env, parent.color(), (format, color) -> GateRun.render(shown, format, cwd, color, "ci"));
    Optional<Path> summaryFile = Optional.ofNullable(summary).map(cwd::resolve)
        .or(() -> Optional.ofNullable(env.env("GITHUB_STEP_SUMMARY")).filter(s -> !s.isBlank()).map(Path::of));
    summaryFile.ifPresent(f -> appendSummary(f, GateRun.render(outcome, ReportFormat.MARKDOWN, cwd, false, "ci")));
    if (!parent.quiet()) {
      outcome.notes().forEach(n -> env.err().println("charter: note: " + n));
      if (rev.isEmpty()) {
        env.err().println("charter: note: no --base revision: breaking changes were not checked");
      }
      env.err().flush();
    }
    return GateRun.exitCode(outcome, lintFailOn);
  }

  /**
   * CI checkouts are shallow and hold only the commit under test, so a base that is missing is
   * usually one not fetched: say how to fetch it rather than only that it does not exist.
   */
  private static void requireFetched(Path cwd, String rev) {
    try (GitHistory git = GitHistory.open(cwd)) {
      if (git.date(rev).isPresent()) {
        return;
      }
      String fetch = rev.startsWith("origin/") ? "git fetch origin " + rev.substring("origin/".length()) : "git fetch";
      throw new InputException(new dev.charter.core.diag.Diagnostic("git-error", Severity.ERROR, "the base revision '"
          + rev + "' is not in this clone" + (git.shallow() ? " (a shallow clone)" : "") + "; fetch it first ("
          + fetch + ", or actions/checkout with fetch-depth: 0)", dev.charter.core.diag.Location.ofFile(cwd.toString())));
    } catch (CompatException e) {
      throw new InputException(new dev.charter.core.diag.Diagnostic(e.id(), Severity.ERROR, e.getMessage(),
          dev.charter.core.diag.Location.ofFile(cwd.toString())));
    }
  }

  /**
   * The specs the base had under the folders given that the work tree no longer has, as {@code
   * REV:path}. A new spec with the same {@code info.title} as a removed one is taken for it renamed
   * or moved: its target is compared with the removed one instead (the list of targets is updated).
   */
  private List<String> removedSpecs(Path cwd, Path top, String rev, List<GateRun.Target> targets) {
    List<String> removed = new ArrayList<>();
    try (GitTree before = GitTree.open(cwd, rev)) {
      for (String arg : specs) {
        Path folder = cwd.resolve(arg).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder) || !folder.startsWith(top)) {
          continue;
        }
        for (String path : before.files(top.relativize(folder).toString().replace('\\', '/'))) {
          if (Files.exists(top.resolve(path))) {
            continue;
          }
          try {
            byte[] content = before.read(path, dev.charter.core.parse.ParseLimits.DEFAULT.maxBytes());
            if (SpecFinder.isSpec(path, content)) {
              removed.add(rev + ":" + path);
            }
          } catch (SourceException e) {
            // a file the base cannot give (a symlink out of the repository): not a spec charter read there
          }
        }
      }
      pairRenames(cwd, before, removed, targets);
    } catch (SourceException e) {
      throw new InputException(new dev.charter.core.diag.Diagnostic(e.id(), Severity.ERROR, e.getMessage(),
          dev.charter.core.diag.Location.ofFile(cwd.toString())));
    }
    return removed;
  }

  private static void pairRenames(Path cwd, GitTree before, List<String> removed, List<GateRun.Target> targets) {
    if (removed.isEmpty() || targets.stream().allMatch(t -> t.earlier().isPresent())) {
      return;
    }
    // Each removed spec's title, read once.
    Map<String, String> removedByTitle = new LinkedHashMap<>();
    for (String r : removed) {
      String path = r.substring(r.indexOf(':') + 1);
      try {
        title(path, before.read(path, dev.charter.core.parse.ParseLimits.DEFAULT.maxBytes()))
            .ifPresent(t -> removedByTitle.putIfAbsent(t, r));
      } catch (SourceException e) {
        // unreadable at the base: it stays removed
      }
    }
    for (int i = 0; i < targets.size() && !removedByTitle.isEmpty(); i++) {
      GateRun.Target t = targets.get(i);
      if (t.earlier().isPresent()) {
        continue;
      }
      Optional<String> title;
      try {
        title = title(t.spec(), Files.readAllBytes(cwd.resolve(t.spec())));
      } catch (IOException e) {
        continue;
      }
      String was = title.map(removedByTitle::remove).orElse(null);
      if (was != null) {
        targets.set(i, new GateRun.Target(t.spec(), Optional.of(was)));
        removed.remove(was);
      }
    }
  }

  private static Optional<String> title(String name, byte[] content) {
    try {
      String t = new dev.charter.core.parse.TreeReader().read(name, content).root().path("info").path("title").asText("");
      return t.isBlank() ? Optional.empty() : Optional.of(t);
    } catch (dev.charter.core.parse.ParseFailure e) {
      return Optional.empty();
    }
  }

  private static Optional<String> defaultBase(CliEnvironment env) {
    String gh = env.env("GITHUB_BASE_REF");
    if (gh != null && !gh.isBlank()) {
      return Optional.of("origin/" + gh);
    }
    String gl = env.env("CI_MERGE_REQUEST_TARGET_BRANCH_NAME");
    if (gl != null && !gl.isBlank()) {
      return Optional.of("origin/" + gl);
    }
    return Optional.empty();
  }

  private static List<String> expand(Path cwd, List<String> args) {
    List<String> out = new ArrayList<>();
    for (String a : args) {
      Path p = cwd.resolve(a);
      if (Files.isDirectory(p)) {
        try {
          for (Path f : SpecFinder.find(p)) {
            out.add(cwd.relativize(f).toString());
          }
        } catch (IOException e) {
          out.add(a);
        }
      } else {
        out.add(a);
      }
    }
    return out;
  }

  private static void appendSummary(Path file, String markdown) {
    try {
      Files.writeString(file, markdown, java.nio.charset.StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new InputException(new dev.charter.core.diag.Diagnostic("output-error", Severity.ERROR,
          "cannot write the summary " + file + ": " + e.getMessage(), dev.charter.core.diag.Location.ofFile(file.toString())));
    }
  }
}
