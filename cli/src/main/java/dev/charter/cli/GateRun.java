package dev.charter.cli;

import dev.charter.compat.Bump;
import dev.charter.compat.CompatException;
import dev.charter.compat.CompatResult;
import dev.charter.compat.DiffPolicy;
import dev.charter.compat.DiffSession;
import dev.charter.compat.render.Changelog;
import dev.charter.compat.render.DiffDiagnostics;
import dev.charter.compat.render.DiffText;
import dev.charter.core.diag.Diagnostic;
import dev.charter.core.diag.Location;
import dev.charter.core.diag.Severity;
import dev.charter.core.report.DisplayPaths;
import dev.charter.core.report.Report;
import dev.charter.core.report.ReportContext;
import dev.charter.core.report.ReportFormat;
import dev.charter.core.report.Reporters;
import dev.charter.core.report.RuleInfo;
import dev.charter.core.source.GitTree;
import dev.charter.core.source.Repositories;
import dev.charter.core.source.SourceException;
import dev.charter.core.spec.SpecLoadException;
import dev.charter.lint.LintRequest;
import dev.charter.lint.LintResult;
import dev.charter.lint.Linter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The merge gate in one process: lint the specs, then compare each with its earlier version, and
 * report both together with one exit code. Used by {@code charter ci} (work tree against a base
 * revision) and {@code charter hook run} (staged versions against HEAD).
 */
final class GateRun {

  /** One spec to check: what to lint and, when an earlier version exists, what to compare it with. */
  record Target(String spec, Optional<String> earlier) {}

  /**
   * @param removed one {@code spec-removed} finding per spec the earlier revision had and the new
   *     one does not: every operation and channel it described is gone, a major change
   * @param removalFails whether the policy fails on a major change, so on {@code removed}
   */
  record Outcome(LintResult lint, List<CompatResult> diffs, List<Diagnostic> removed, boolean removalFails,
      List<String> notes) {

    /** What {@code --quiet} shows: the lint findings at or above {@code lintFailOn} and the changes that fail the gate. */
    Outcome onlyFailing(Severity lintFailOn) {
      LintResult l = lint == null ? null : new LintResult(lint.inputs(),
          lint.findings().stream().filter(d -> d.severity().atLeast(lintFailOn)).toList(), lint.inputErrors(),
          lint.notes(), lint.rules(), lint.suppressed(), lint.baselined(), lint.baselineWritten());
      return new Outcome(l, DiffOutput.onlyFailing(diffs), removalFails ? removed : List.of(), removalFails, notes);
    }
  }

  static final String SPEC_REMOVED = "spec-removed";
  private static final RuleInfo SPEC_REMOVED_RULE = RuleInfo.of(SPEC_REMOVED, Severity.ERROR,
      "A spec was removed: every operation and channel it described is gone (major)");

  private final CliEnvironment env;
  private final InputOptions input;

  GateRun(CliEnvironment env, InputOptions input) {
    this.env = env;
    this.input = input;
  }

  /** The earlier version of {@code repoPath} at {@code revision}, when the file exists there. */
  static Optional<String> atRevision(Path cwd, String revision, String repoPath) {
    try (GitTree tree = GitTree.open(cwd, revision)) {
      tree.read(repoPath, Long.MAX_VALUE);
      return Optional.of(revision + ":" + repoPath);
    } catch (SourceException e) {
      if (e.id().equals("file-not-found")) {
        return Optional.empty();
      }
      throw new InputException(new Diagnostic(e.id(), Severity.ERROR, e.getMessage(), Location.ofFile(revision + ":" + repoPath)));
    }
  }

  /**
   * @param removed specs of the earlier revision ({@code REV:path}) that are gone from the new one;
   *     judged only when {@code diff} is on
   */
  Outcome run(List<Target> targets, List<String> removed, boolean lint, boolean diff, Optional<Path> ruleset,
      CharterCommand parent, DiffPolicy policy) {
    List<String> notes = new ArrayList<>();
    LintResult lintResult = null;
    if (lint && !targets.isEmpty()) {
      LintRequest request = LintRequest.of(targets.stream().map(Target::spec).toList(), input.loadOptions(env))
          .withConfig(parent.config()).withRulesets(ruleset.map(List::of).orElse(List.of()));
      lintResult = Linter.withDiscoveredRules().lint(request);
      if (lintResult.hasInputErrors()) {
        throw new InputException(lintResult.inputErrors());
      }
      DisplayPaths paths = DisplayPaths.of(env.workingDir());
      lintResult.notes().forEach(n -> notes.add(n.location().describe(paths::display) + ": " + n.message()));
    }
    List<CompatResult> diffs = new ArrayList<>();
    if (diff) {
      DiffSession session = new DiffSession(input.loadOptions(env), policy);
      for (Target t : targets) {
        if (t.earlier().isEmpty()) {
          notes.add(t.spec() + " is new: nothing to compare it with");
          continue;
        }
        try {
          diffs.addAll(session.run(new DiffSession.Inputs(List.of(t.earlier().get(), t.spec()), Optional.empty(),
              Optional.empty())));
        } catch (SpecLoadException e) {
          throw new InputException(e.problems());
        } catch (CompatException e) {
          throw new InputException(new Diagnostic(e.id(), Severity.ERROR, e.getMessage(), Location.ofFile(t.spec())));
        }
      }
    }
    List<Diagnostic> gone = new ArrayList<>();
    if (diff) {
      for (String earlier : removed) {
        gone.add(new Diagnostic(SPEC_REMOVED, Severity.ERROR, earlier.substring(earlier.indexOf(':') + 1)
            + " was removed: every operation and channel it described is gone (major)", Location.ofFile(earlier)));
      }
    }
    boolean removalFails = policy.failOn().map(Bump.MAJOR::atLeast).orElse(false);
    return new Outcome(lintResult, diffs, gone, removalFails, notes);
  }

  /** 1 when lint findings reach {@code lintFailOn} or a comparison failed its policy. */
  static int exitCode(Outcome o, Severity lintFailOn) {
    boolean lintFailed = o.lint() != null && ExitCodes.forFindings(o.lint().findings(), lintFailOn) != ExitCodes.OK;
    boolean diffFailed = o.diffs().stream().anyMatch(CompatResult::failed) || o.removalFails() && !o.removed().isEmpty();
    return lintFailed || diffFailed ? ExitCodes.POLICY_FAILED : ExitCodes.OK;
  }

  /**
   * Renders the outcome: for people, lint findings then the changes grouped by operation; as a
   * changelog, the same in Markdown; in the machine formats, one report where changes are findings.
   */
  static String render(Outcome o, ReportFormat format, Path cwd, boolean color, String command) {
    Path root = Repositories.top(cwd).orElse(null);
    switch (format) {
      case STYLISH: {
        StringBuilder sb = new StringBuilder();
        if (o.lint() != null && !o.lint().findings().isEmpty()) {
          sb.append(renderReport(lintReport(o, command), ReportFormat.STYLISH, cwd, root, color));
        }
        if (o.diffs().stream().anyMatch(r -> !r.changes().isEmpty())) {
          if (sb.length() > 0) {
            sb.append('\n');
          }
          sb.append(DiffText.render(o.diffs().stream().filter(r -> !r.changes().isEmpty()).toList(), cwd, color));
        }
        for (Diagnostic d : o.removed()) {
          sb.append(sb.length() > 0 ? "\n" : "").append("major   ").append(SPEC_REMOVED).append("  ").append(d.message())
              .append('\n');
        }
        return sb.toString();
      }
      case MARKDOWN: {
        StringBuilder sb = new StringBuilder();
        if (o.lint() != null) {
          sb.append(renderReport(lintReport(o, command), ReportFormat.MARKDOWN, cwd, root, false)).append('\n');
        }
        if (!o.diffs().isEmpty()) {
          sb.append(Changelog.render(o.diffs(), cwd));
        }
        if (!o.removed().isEmpty()) {
          sb.append("\n### Removed specs (major)\n\n");
          o.removed().forEach(d -> sb.append("- `").append(d.location().file()).append("`: ").append(d.message())
              .append('\n'));
        }
        return sb.toString();
      }
      default:
        return renderReport(combined(o, command), format, cwd, root, false);
    }
  }

  private static Report lintReport(Outcome o, String command) {
    return new Report(command, BuildVersion.version(), o.lint().inputs(), o.lint().findings(), o.lint().rules());
  }

  private static Report combined(Outcome o, String command) {
    List<Diagnostic> findings = new ArrayList<>();
    Map<String, RuleInfo> rules = new LinkedHashMap<>();
    List<String> inputs = new ArrayList<>();
    if (o.lint() != null) {
      findings.addAll(o.lint().findings());
      rules.putAll(o.lint().rules());
      inputs.addAll(o.lint().inputs());
    }
    List<Diagnostic> changes = DiffDiagnostics.of(o.diffs());
    findings.addAll(changes);
    DiffDiagnostics.rules(changes).forEach(rules::putIfAbsent);
    findings.addAll(o.removed());
    if (!o.removed().isEmpty()) {
      rules.putIfAbsent(SPEC_REMOVED, SPEC_REMOVED_RULE);
    }
    o.diffs().forEach(r -> {
      if (!inputs.contains(r.newName())) {
        inputs.add(r.newName());
      }
    });
    return new Report(command, BuildVersion.version(), inputs, findings, rules);
  }

  private static String renderReport(Report report, ReportFormat format, Path cwd, Path root, boolean color) {
    return Reporters.render(format, report, new ReportContext(cwd, Optional.ofNullable(root), color));
  }
}
